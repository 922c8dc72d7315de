<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AssignAllDialog</name>
        <message numerus="yes">
            <source>%n delegated to-do(s) have no assistant yet. Assign all to:</source>
            <translation>
                <numerusform>%n delegated to-do have no assistant yet. Assign all to:</numerusform>
                <numerusform>%n delegated to-dos have no assistant yet. Assign all to:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Assign %n to-do(s)</source>
            <translation>
                <numerusform>Assign %n to-do</numerusform>
                <numerusform>Assign %n to-dos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message numerus="yes">
            <source>The next backup removes %n older automatic backup(s).</source>
            <translation>
                <numerusform>The next backup removes %n older automatic backup.</numerusform>
                <numerusform>The next backup removes %n older automatic backups.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackupWords</name>
        <message numerus="yes">
            <source>%n to-do(s)</source>
            <translation>
                <numerusform>%n to-do</numerusform>
                <numerusform>%n to-dos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n assistant(s)</source>
            <translation>
                <numerusform>%n assistant</numerusform>
                <numerusform>%n assistants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Missing, as no backup holds them: %n attachment(s).</source>
            <translation>
                <numerusform>Missing, as no backup holds them: %n attachment.</numerusform>
                <numerusform>Missing, as no backup holds them: %n attachments.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Counts</name>
        <message numerus="yes">
            <source>Created %n to-do(s)</source>
            <translation>
                <numerusform>Created %n to-do</numerusform>
                <numerusform>Created %n to-dos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Would create %n to-do(s)</source>
            <translation>
                <numerusform>Would create %n to-do</numerusform>
                <numerusform>Would create %n to-dos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added a sample business with %n to-do(s) to {path}.</source>
            <translation>
                <numerusform>Added a sample business with %n to-do to {path}.</numerusform>
                <numerusform>Added a sample business with %n to-dos to {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to-do(s)</source>
            <translation>
                <numerusform>%n to-do</numerusform>
                <numerusform>%n to-dos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n assistant(s)</source>
            <translation>
                <numerusform>%n assistant</numerusform>
                <numerusform>%n assistants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attachment(s)</source>
            <translation>
                <numerusform>%n attachment</numerusform>
                <numerusform>%n attachments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more item(s)</source>
            <translation>
                <numerusform>… and %n more item</numerusform>
                <numerusform>… and %n more items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DoneWords</name>
        <message numerus="yes">
            <source>%n to-do(s) marked “{status}”</source>
            <translation>
                <numerusform>%n to-do marked “{status}”</numerusform>
                <numerusform>%n to-dos marked “{status}”</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to-do(s) not assigned</source>
            <translation>
                <numerusform>%n to-do not assigned</numerusform>
                <numerusform>%n to-dos not assigned</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to-do(s) assigned to {name}</source>
            <translation>
                <numerusform>%n to-do assigned to {name}</numerusform>
                <numerusform>%n to-dos assigned to {name}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to-do(s) kept</source>
            <translation>
                <numerusform>%n to-do kept</numerusform>
                <numerusform>%n to-dos kept</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to-do(s) delegated</source>
            <translation>
                <numerusform>%n to-do delegated</numerusform>
                <numerusform>%n to-dos delegated</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to-do(s) marked undecided</source>
            <translation>
                <numerusform>%n to-do marked undecided</numerusform>
                <numerusform>%n to-dos marked undecided</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to-do(s) moved to the Archive</source>
            <translation>
                <numerusform>%n to-do moved to the Archive</numerusform>
                <numerusform>%n to-dos moved to the Archive</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to-do(s) restored</source>
            <translation>
                <numerusform>%n to-do restored</numerusform>
                <numerusform>%n to-dos restored</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EmptyActions</name>
        <message numerus="yes">
            <source>%n to-do(s) loaded from the demo plan</source>
            <translation>
                <numerusform>%n to-do loaded from the demo plan</numerusform>
                <numerusform>%n to-dos loaded from the demo plan</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <source>Exported %n file(s) to {folder}</source>
            <translation>
                <numerusform>Exported %n file to {folder}</numerusform>
                <numerusform>Exported %n files to {folder}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>Import %n change(s)</source>
            <translation>
                <numerusform>Import %n change</numerusform>
                <numerusform>Import %n changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %n to-do(s)</source>
            <translation>
                <numerusform>Import %n to-do</numerusform>
                <numerusform>Import %n to-dos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Importing %n change(s)…</source>
            <translation>
                <numerusform>Importing %n change…</numerusform>
                <numerusform>Importing %n changes…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Importing %n to-do(s)…</source>
            <translation>
                <numerusform>Importing %n to-do…</numerusform>
                <numerusform>Importing %n to-dos…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ListController</name>
        <message numerus="yes">
            <source>Mark %n to-do(s) “{status}”</source>
            <translation>
                <numerusform>Mark %n to-do “{status}”</numerusform>
                <numerusform>Mark %n to-dos “{status}”</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>Add %n to-do(s)</source>
            <translation>
                <numerusform>Add %n to-do</numerusform>
                <numerusform>Add %n to-dos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n to-do(s)</source>
            <translation>
                <numerusform>Added %n to-do</numerusform>
                <numerusform>Added %n to-dos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Keep %n to-do(s)</source>
            <translation>
                <numerusform>Keep %n to-do</numerusform>
                <numerusform>Keep %n to-dos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delegate %n to-do(s)</source>
            <translation>
                <numerusform>Delegate %n to-do</numerusform>
                <numerusform>Delegate %n to-dos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mark %n to-do(s) undecided</source>
            <translation>
                <numerusform>Mark %n to-do undecided</numerusform>
                <numerusform>Mark %n to-dos undecided</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n to-do(s)</source>
            <translation>
                <numerusform>Delete %n to-do</numerusform>
                <numerusform>Delete %n to-dos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restore %n to-do(s)</source>
            <translation>
                <numerusform>Restore %n to-do</numerusform>
                <numerusform>Restore %n to-dos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Readiness</name>
        <message numerus="yes">
            <source>%n to-do(s) still undecided.</source>
            <translation>
                <numerusform>%n to-do still undecided.</numerusform>
                <numerusform>%n to-dos still undecided.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n delegated to-do(s) without an assistant yet.</source>
            <translation>
                <numerusform>%n delegated to-do without an assistant yet.</numerusform>
                <numerusform>%n delegated to-dos without an assistant yet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“{name}” is due sooner than the %n day(s) it needs.</source>
            <translation>
                <numerusform>“{name}” is due sooner than the %n day it needs.</numerusform>
                <numerusform>“{name}” is due sooner than the %n days it needs.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“{name}” was rated well %n time(s) at delegation level {level}: {ratings}.</source>
            <translation>
                <numerusform>“{name}” was rated well %n time at delegation level {level}: {ratings}.</numerusform>
                <numerusform>“{name}” was rated well %n times at delegation level {level}: {ratings}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReadinessPage</name>
        <message numerus="yes">
            <source>Describe %n delegated to-do(s) one after another…</source>
            <translation>
                <numerusform>Describe %n delegated to-do one after another…</numerusform>
                <numerusform>Describe %n delegated to-dos one after another…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message numerus="yes">
            <source>%n rating(s), on average {average} of 5.</source>
            <translation>
                <numerusform>%n rating, on average {average} of 5.</numerusform>
                <numerusform>%n ratings, on average {average} of 5.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RevisionDialog</name>
        <message numerus="yes">
            <source>%n field(s) changed since. Struck through: only in what the assistant received; underlined: only in the to-do now.</source>
            <translation>
                <numerusform>%n field changed since. Struck through: only in what the assistant received; underlined: only in the to-do now.</numerusform>
                <numerusform>%n fields changed since. Struck through: only in what the assistant received; underlined: only in the to-do now.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
    </context>
</TS>
