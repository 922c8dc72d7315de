<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong inside Delegator. Your data is safe: every change you saw was already saved. Please send the details to the developers.</source>
        <translation>In Delegator ist ein Fehler aufgetreten. Ihre Daten sind sicher: Jede Änderung, die Sie gesehen haben, war bereits gespeichert. Bitte senden Sie die Details an die Entwickler.</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Details kopieren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Capture a to-do … (Enter adds it; pasting several lines adds one each)</source>
        <translation>To-do erfassen … (Enter fügt hinzu; mehrere eingefügte Zeilen ergeben je ein To-do)</translation>
    </message>
    <message>
        <source>Capture a to-do</source>
        <translation>To-do erfassen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search to-dos</source>
        <translation>To-dos durchsuchen</translation>
    </message>
    <message>
        <source>To-dos</source>
        <translation>To-dos</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;New To-do</source>
        <translation>&amp;Neues To-do</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete to Archive</source>
        <translation>In das Archiv &amp;löschen</translation>
    </message>
    <message>
        <source>Re&amp;store from Archive</source>
        <translation>Aus dem Archiv wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>&amp;Delegate</source>
        <translation>&amp;Delegieren</translation>
    </message>
    <message>
        <source>&amp;Undecided</source>
        <translation>&amp;Unentschieden</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach u&amp;nten</translation>
    </message>
    <message>
        <source>&amp;About Delegator</source>
        <translation>&amp;Über Delegator</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;To-do</source>
        <translation>&amp;To-do</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Delegator {version}&lt;/h3&gt;&lt;p&gt;Decide what to hand off, describe it clearly, check that you are ready, and hand it over.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in this file:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Delegator {version}&lt;/h3&gt;&lt;p&gt;Entscheiden Sie, was Sie abgeben, beschreiben Sie es klar, prüfen Sie, ob Sie bereit sind, und übergeben Sie es.&lt;/p&gt;&lt;p&gt;Ihre Daten bleiben auf diesem Computer, in dieser Datei:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Add %n to-do(s)</source>
        <translation>
            <numerusform>%n To-do hinzufügen</numerusform>
            <numerusform>%n To-dos hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n to-do(s)</source>
        <translation>
            <numerusform>%n To-do hinzugefügt</numerusform>
            <numerusform>%n To-dos hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename to-do</source>
        <translation>To-do umbenennen</translation>
    </message>
    <message>
        <source>Move to-dos</source>
        <translation>To-dos verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Keep %n to-do(s)</source>
        <translation>
            <numerusform>%n To-do behalten</numerusform>
            <numerusform>%n To-dos behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delegate %n to-do(s)</source>
        <translation>
            <numerusform>%n To-do delegieren</numerusform>
            <numerusform>%n To-dos delegieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n to-do(s) undecided</source>
        <translation>
            <numerusform>%n To-do als unentschieden markieren</numerusform>
            <numerusform>%n To-dos als unentschieden markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n to-do(s)</source>
        <translation>
            <numerusform>%n To-do löschen</numerusform>
            <numerusform>%n To-dos löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n to-do(s)</source>
        <translation>
            <numerusform>%n To-do wiederherstellen</numerusform>
            <numerusform>%n To-dos wiederherstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>About Delegator</source>
        <translation>Über Delegator</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The change could not be saved, and nothing was changed:
{error}</source>
        <translation>Die Änderung konnte nicht gespeichert werden; es wurde nichts verändert:
{error}</translation>
    </message>
    <message>
        <source>No to-do matches “{query}”.</source>
        <translation>Kein To-do passt zu „{query}“.</translation>
    </message>
    <message>
        <source>The inbox is empty. Type a to-do above and press Enter, or paste a whole list.</source>
        <translation>Der Eingang ist leer. Tippen Sie oben ein To-do ein und drücken Sie Enter, oder fügen Sie eine ganze Liste ein.</translation>
    </message>
    <message>
        <source>Deleted to-dos appear here and can be restored.</source>
        <translation>Gelöschte To-dos erscheinen hier und können wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>No to-dos here yet.</source>
        <translation>Hier gibt es noch keine To-dos.</translation>
    </message>
    <message>
        <source>K keep · D delegate · U undecided · F2 rename · Del delete · Ctrl+Z undo</source>
        <translation>K behalten · D delegieren · U unentschieden · F2 umbenennen · Entf löschen · Strg+Z rückgängig</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Inbox</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegieren</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>To-do</source>
        <translation>To-do</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>folder holding the data file (default: the per-user data folder; also DELEGATOR_DATA_DIR)</source>
        <translation>Ordner mit der Datendatei (Standard: der Datenordner des Benutzers; auch DELEGATOR_DATA_DIR)</translation>
    </message>
    <message>
        <source>Plan what to delegate. Without a command, opens the window.</source>
        <translation>Planen, was Sie delegieren. Ohne Befehl öffnet sich das Fenster.</translation>
    </message>
    <message>
        <source>add to-dos, one per title; prints their ids</source>
        <translation>To-dos hinzufügen, eins pro Titel; gibt ihre IDs aus</translation>
    </message>
    <message>
        <source>private notes (never exported)</source>
        <translation>private Notizen (werden nie exportiert)</translation>
    </message>
    <message>
        <source>sort a to-do into keep, delegate or undecided</source>
        <translation>ein To-do als behalten, delegieren oder unentschieden einordnen</translation>
    </message>
    <message>
        <source>list the to-dos</source>
        <translation>die To-dos auflisten</translation>
    </message>
    <message>
        <source>print a JSON array</source>
        <translation>ein JSON-Array ausgeben</translation>
    </message>
    <message>
        <source>list the archived to-dos instead</source>
        <translation>stattdessen die archivierten To-dos auflisten</translation>
    </message>
</context>
<context>
    <name>decision</name>
    <message>
        <source>Undecided</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegieren</translation>
    </message>
</context>
<context>
    <name>launcher</name>
    <message>
        <source>The data folder {path} cannot be created ({reason}).</source>
        <translation>Der Datenordner {path} kann nicht angelegt werden ({reason}).</translation>
    </message>
    <message>
        <source>Delegator is already running with the data in {path}. Switch to its window.</source>
        <translation>Delegator läuft bereits mit den Daten in {path}. Wechseln Sie zu diesem Fenster.</translation>
    </message>
    <message>
        <source>Delegator cannot open its window: these system packages are missing: {packages}
Install them with:
    sudo apt-get install {command}</source>
        <translation>Delegator kann sein Fenster nicht öffnen, weil diese Systempakete fehlen: {packages}
Installieren Sie sie mit:
    sudo apt-get install {command}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The file {path} is not a Delegator data file. It was left untouched. Move it away or start Delegator with another --data-dir.</source>
        <translation>Die Datei {path} ist keine Delegator-Datendatei. Sie wurde nicht verändert. Verschieben Sie sie oder starten Sie Delegator mit einem anderen --data-dir.</translation>
    </message>
    <message>
        <source>The file {path} was saved by a newer version of Delegator. It was left untouched. Please install the newer version.</source>
        <translation>Die Datei {path} wurde von einer neueren Delegator-Version gespeichert. Sie wurde nicht verändert. Bitte installieren Sie die neuere Version.</translation>
    </message>
    <message>
        <source>The file {path} could not be upgraded ({detail}). It was left as it was; a copy made before the upgrade is in the backups folder next to it.</source>
        <translation>Die Datei {path} konnte nicht aktualisiert werden ({detail}). Sie blieb, wie sie war; eine vor der Aktualisierung angelegte Kopie liegt im Ordner backups daneben.</translation>
    </message>
    <message>
        <source>The file {path} is damaged ({detail}). It was left untouched. Restore a copy from the backups folder next to it.</source>
        <translation>Die Datei {path} ist beschädigt ({detail}). Sie wurde nicht verändert. Stellen Sie eine Kopie aus dem Ordner backups daneben wieder her.</translation>
    </message>
    <message>
        <source>The file {path} cannot be opened just now ({detail}). Nothing was changed. Check that the folder is writable and that no other program holds the file.</source>
        <translation>Die Datei {path} lässt sich gerade nicht öffnen ({detail}). Es wurde nichts verändert. Prüfen Sie, ob der Ordner beschreibbar ist und kein anderes Programm die Datei festhält.</translation>
    </message>
    <message>
        <source>The file {path} cannot be used ({detail}). Nothing was changed.</source>
        <translation>Die Datei {path} kann nicht verwendet werden ({detail}). Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>There is no to-do with id {id}.</source>
        <translation>Es gibt kein To-do mit der ID {id}.</translation>
    </message>
    <message>
        <source>The change could not be saved ({detail}). Nothing was changed.</source>
        <translation>Die Änderung konnte nicht gespeichert werden ({detail}). Es wurde nichts verändert.</translation>
    </message>
</context>
</TS>
