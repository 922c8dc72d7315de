"""Where the app runs: per-user folders, bundled resources, the platform's libraries."""
