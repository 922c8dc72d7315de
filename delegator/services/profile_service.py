"""The user's working agreements (the client profile)."""

from __future__ import annotations

from delegator.domain.agreement_rules import check_profile
from delegator.domain.changes import Changes
from delegator.domain.profile import Profile
from delegator.storage.database import Database


class ProfileService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def profile(self) -> Profile:
        from delegator.storage.profile_repository import ProfileRepository

        with self._db.snapshot() as session:
            return ProfileRepository(session).get()

    def check(self, profile: Profile) -> None:
        """Raise InvalidValue (WindowsOverlap) when *profile* could not be stored."""
        check_profile(profile)

    def save(self, profile: Profile) -> Changes:
        from delegator.storage.profile_repository import ProfileRepository

        self.check(profile)
        with self._db.transaction() as session:
            ProfileRepository(session).save(profile)
        return Changes(profile=True)
