<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AddressCombo</name>
    <message>
        <source>Plan default ({address})</source>
        <translation>Standard des Plans ({address})</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <source>Check-in Agenda</source>
        <translation>Check-in-Agenda</translation>
    </message>
    <message>
        <source>&amp;Markdown</source>
        <translation>&amp;Markdown</translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <source>&amp;Assistant:</source>
        <translation>&amp;Assistenz:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Export as:</source>
        <translation>Exportieren als:</translation>
    </message>
    <message>
        <source>The agenda</source>
        <translation>Die Agenda</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the agenda as Markdown</source>
        <translation>Agenda als Markdown kopieren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>No assistants yet. Add one on the Assistants page first.</source>
        <translation>Noch keine Assistenz. Legen Sie zuerst auf der Seite „Assistenzen“ eine an.</translation>
    </message>
    <message>
        <source>The agenda is on the clipboard, as Markdown.</source>
        <translation>Die Agenda liegt als Markdown in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Export the Agenda to</source>
        <translation>Agenda exportieren nach</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was exported.</source>
        <translation>Export abgebrochen. Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>Exported {names} to {folder}.</source>
        <translation>{names} nach {folder} exportiert.</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videoanruf</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Give this channel to candidates in the requirements profile</source>
        <translation>Diesen Kontaktweg Bewerbern im Anforderungsprofil nennen</translation>
    </message>
    <message>
        <source>My working agreements</source>
        <translation>Meine Arbeitsabsprachen</translation>
    </message>
    <message>
        <source>What you offer your assistant: how to reach you, when you answer, and how you work together.</source>
        <translation>Was Sie Ihrer Assistenz bieten: wie sie Sie erreicht, wann Sie antworten und wie Sie zusammenarbeiten.</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Über Sie</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>e.g. your company or trade name</source>
        <translation>z. B. Ihre Firma oder Ihr Geschäftsname</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Business:</source>
        <translation>&amp;Unternehmen:</translation>
    </message>
    <message>
        <source>Contact channels</source>
        <translation>Kontaktwege</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Address or number</source>
        <translation>Adresse oder Nummer</translation>
    </message>
    <message>
        <source>For candidates</source>
        <translation>Für Bewerber</translation>
    </message>
    <message>
        <source>Add Channel</source>
        <translation>Kontaktweg hinzufügen</translation>
    </message>
    <message>
        <source>Remove Channel</source>
        <translation>Kontaktweg entfernen</translation>
    </message>
    <message>
        <source>&amp;Contact channels:</source>
        <translation>&amp;Kontaktwege:</translation>
    </message>
    <message>
        <source>Your promises</source>
        <translation>Ihre Zusagen</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <source>&amp;Answer within:</source>
        <translation>&amp;Antwort innerhalb:</translation>
    </message>
    <message>
        <source>Say how soon you answer, so your assistant can plan.</source>
        <translation>Sagen Sie, wie schnell Sie antworten, damit Ihre Assistenz planen kann.</translation>
    </message>
    <message>
        <source>Check-in rhythm</source>
        <translation>Check-in-Rhythmus</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Alle zwei Wochen</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Check-in day</source>
        <translation>Check-in-Tag</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Beliebiger Tag</translation>
    </message>
    <message>
        <source>on</source>
        <translation>am</translation>
    </message>
    <message>
        <source>Chec&amp;k-in:</source>
        <translation>&amp;Check-in:</translation>
    </message>
    <message>
        <source>A regular check-in is the place for feedback and questions.</source>
        <translation>Ein regelmäßiger Check-in ist der Ort für Feedback und Fragen.</translation>
    </message>
    <message>
        <source>When you can be reached</source>
        <translation>Wann Sie erreichbar sind</translation>
    </message>
    <message>
        <source>Reachability</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <source>Say when you answer; add several times a day if you like.</source>
        <translation>Sagen Sie, wann Sie antworten; mehrere Zeiten pro Tag sind möglich.</translation>
    </message>
    <message>
        <source>Your time zone</source>
        <translation>Ihre Zeitzone</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>What an hour of your time is worth, for the money test.</source>
        <translation>Was eine Stunde Ihrer Zeit wert ist – für den Geld-Test.</translation>
    </message>
    <message>
        <source>Money and briefs</source>
        <translation>Geld und Briefings</translation>
    </message>
    <message>
        <source>Your assistant must be able to reach you with questions. Candidates who receive the requirements profile see your name, your business and the channels ticked for them; with none ticked, your first email address.</source>
        <translation>Ihre Assistenz muss Sie mit Fragen erreichen können. Bewerber, die das Anforderungsprofil erhalten, sehen Ihren Namen, Ihr Unternehmen und die für sie angehakten Kontaktwege; ist keiner angehakt, Ihre erste E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>Monatsbudget</translation>
    </message>
    <message>
        <source>Monthly bu&amp;dget:</source>
        <translation>Monats&amp;budget:</translation>
    </message>
    <message>
        <source>What you are ready to spend on help each month.</source>
        <translation>Was Sie monatlich für Unterstützung ausgeben möchten.</translation>
    </message>
    <message>
        <source>Your own hourly value</source>
        <translation>Ihr eigener Stundenwert</translation>
    </message>
    <message>
        <source>&amp;Your hourly value:</source>
        <translation>&amp;Ihr Stundenwert:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Language of briefs</source>
        <translation>Sprache der Briefings</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Deutsch</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>&amp;Language of briefs:</source>
        <translation>&amp;Sprache der Briefings:</translation>
    </message>
    <message>
        <source>Edit working agreements</source>
        <translation>Arbeitsabsprachen bearbeiten</translation>
    </message>
</context>
<context>
    <name>AnswerRow</name>
    <message>
        <source>{answer} ({value} of 5): {statement}</source>
        <translation>{answer} ({value} von 5): {statement}</translation>
    </message>
</context>
<context>
    <name>ApplyTemplateDialog</name>
    <message>
        <source>Apply Template</source>
        <translation>Vorlage anwenden</translation>
    </message>
    <message>
        <source>Fill “{title}” from a template. Its title and everything already written in it stay as they are; only empty fields are filled.</source>
        <translation>„{title}“ aus einer Vorlage ausfüllen. Der Titel und alles, was schon darin steht, bleiben, wie sie sind; nur leere Felder werden ausgefüllt.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>“{name}” matches this to-do best.</source>
        <translation>„{name}“ passt am besten zu diesem To-do.</translation>
    </message>
    <message>
        <source>There is no template to apply.</source>
        <translation>Es gibt keine Vorlage, die angewendet werden kann.</translation>
    </message>
    <message>
        <source>Fills: {fields}.</source>
        <translation>Füllt aus: {fields}.</translation>
    </message>
    <message>
        <source>the decision “delegate”</source>
        <translation>die Entscheidung „delegieren“</translation>
    </message>
    <message>
        <source>Nothing to fill: every field this template has is filled in.</source>
        <translation>Nichts auszufüllen: Jedes Feld dieser Vorlage ist schon ausgefüllt.</translation>
    </message>
    <message>
        <source>Apply template “{name}”</source>
        <translation>Vorlage „{name}“ anwenden</translation>
    </message>
</context>
<context>
    <name>ArchiveBar</name>
    <message>
        <source>Deleted to-dos wait here, read-only. Restore them to change them again.</source>
        <translation>Archivierte To-dos warten hier, schreibgeschützt. Stellen Sie sie wieder her, um sie zu ändern.</translation>
    </message>
</context>
<context>
    <name>ArchivePreviewDialog</name>
    <message>
        <source>Open Plan Archive</source>
        <translation>Planarchiv öffnen</translation>
    </message>
    <message>
        <source>Checking every file in the archive…</source>
        <translation>Alle Dateien im Archiv werden geprüft …</translation>
    </message>
    <message>
        <source>Made:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Made with:</source>
        <translation>Erstellt mit:</translation>
    </message>
    <message>
        <source>To-dos:</source>
        <translation>To-dos:</translation>
    </message>
    <message>
        <source>Assistants:</source>
        <translation>Assistenzen:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Anhänge:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Opening it replaces your plan with this one. Your plan as it is now is backed up first, and Edit → Undo brings it back.</source>
        <translation>Beim Öffnen wird Ihr Plan durch diesen ersetzt. Ihr aktueller Plan wird vorher gesichert, und Bearbeiten → Rückgängig holt ihn zurück.</translation>
    </message>
    <message>
        <source>&amp;Open This Plan</source>
        <translation>Diesen Plan ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Delegator {version}</source>
        <translation>Delegator {version}</translation>
    </message>
    <message>
        <source>{todos} ({delegated} delegated)</source>
        <translation>{todos} ({delegated} delegiert)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ArchiveWriteDialog</name>
    <message>
        <source>Export Whole Plan</source>
        <translation>Ganzen Plan exportieren</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>{name} wird geschrieben …</translation>
    </message>
    <message>
        <source>The whole plan was exported to {path}.</source>
        <translation>Der ganze Plan wurde nach {path} exportiert.</translation>
    </message>
    <message>
        <source>The plan archive {name} was not written: a file of that name is already there. Your plan is unchanged; export again and choose another name.</source>
        <translation>Das Planarchiv {name} wurde nicht geschrieben: Eine Datei dieses Namens ist bereits vorhanden. Ihr Plan ist unverändert; exportieren Sie erneut und wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The plan archive {name} was not written ({detail}). Your plan is unchanged; choose another folder or make room on the disk and try again.</source>
        <translation>Das Planarchiv {name} wurde nicht geschrieben ({detail}). Ihr Plan ist unverändert; wählen Sie einen anderen Ordner oder schaffen Sie Platz auf dem Datenträger und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>ArchivedLock</name>
    <message>
        <source>This to-do is in the Archive and read-only. Restore it to change it.</source>
        <translation>Dieses To-do liegt im Archiv und ist schreibgeschützt. Stellen Sie es wieder her, um es zu ändern.</translation>
    </message>
</context>
<context>
    <name>AssignAllDialog</name>
    <message>
        <source>Assign Assistant</source>
        <translation>Assistenz zuweisen</translation>
    </message>
    <message numerus="yes">
        <source>%n delegated to-do(s) have no assistant yet. Assign all to:</source>
        <translation>
            <numerusform>%n delegiertes To-do hat noch keine Assistenz. Zuweisen an:</numerusform>
            <numerusform>%n delegierte To-dos haben noch keine Assistenz. Alle zuweisen an:</numerusform>
        </translation>
    </message>
    <message>
        <source>Every delegated to-do has an assistant.</source>
        <translation>Jedes delegierte To-do hat eine Assistenz.</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistenz</translation>
    </message>
    <message>
        <source>New assistant…</source>
        <translation>Neue Assistenz…</translation>
    </message>
    <message>
        <source>Name of the new assistant</source>
        <translation>Name der neuen Assistenz</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n to-do(s)</source>
        <translation>
            <numerusform>%n To-do zuweisen</numerusform>
            <numerusform>%n To-dos zuweisen</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the name of the new assistant.</source>
        <translation>Geben Sie den Namen der neuen Assistenz ein.</translation>
    </message>
</context>
<context>
    <name>AssistantsPage</name>
    <message>
        <source>Assistants</source>
        <translation>Assistenzen</translation>
    </message>
    <message>
        <source>Sho&amp;w archived</source>
        <translation>Archivierte an&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;New Assistant</source>
        <translation>&amp;Neue Assistenz</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>No assistants yet. Add the person you want to hand work to with New Assistant.</source>
        <translation>Noch keine Assistenz. Legen Sie mit „Neue Assistenz“ die Person an, an die Sie Arbeit abgeben möchten.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>e.g. virtual assistant, bookkeeper</source>
        <translation>z. B. virtuelle Assistenz, Buchhaltung</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>e.g. email address, phone number</source>
        <translation>z. B. E-Mail-Adresse, Telefonnummer</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. bookkeeping, Canva</source>
        <translation>Durch Kommas getrennt, z. B. Buchhaltung, Canva</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Stundensatz</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>pro Stunde</translation>
    </message>
    <message>
        <source>Weekly capacity</source>
        <translation>Wöchentliche Kapazität</translation>
    </message>
    <message>
        <source>Working hours from</source>
        <translation>Arbeitszeit von</translation>
    </message>
    <message>
        <source>Working hours to</source>
        <translation>Arbeitszeit bis</translation>
    </message>
    <message>
        <source>Working hours agreed</source>
        <translation>Arbeitszeit vereinbart</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Start date agreed</source>
        <translation>Startdatum vereinbart</translation>
    </message>
    <message>
        <source>End of trial period</source>
        <translation>Ende der Probezeit</translation>
    </message>
    <message>
        <source>Trial period agreed</source>
        <translation>Probezeit vereinbart</translation>
    </message>
    <message>
        <source>Form of address in German briefs</source>
        <translation>Anrede in deutschen Briefings</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Anything worth remembering: how they like to work, what was agreed …</source>
        <translation>Was Sie sich merken möchten: wie die Person gern arbeitet, was vereinbart wurde …</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>S&amp;kills:</source>
        <translation>&amp;Fähigkeiten:</translation>
    </message>
    <message>
        <source>Hourl&amp;y rate:</source>
        <translation>&amp;Stundensatz:</translation>
    </message>
    <message>
        <source>Weekly ca&amp;pacity:</source>
        <translation>Wöchentliche Ka&amp;pazität:</translation>
    </message>
    <message>
        <source>Working &amp;days:</source>
        <translation>Arbeits&amp;tage:</translation>
    </message>
    <message>
        <source>Working ho&amp;urs:</source>
        <translation>Arbeitsz&amp;eit:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>St&amp;art date:</source>
        <translation>St&amp;artdatum:</translation>
    </message>
    <message>
        <source>Tria&amp;l period ends:</source>
        <translation>Pro&amp;bezeit endet:</translation>
    </message>
    <message>
        <source>A trial period gives you both time to settle in before you judge.</source>
        <translation>Eine Probezeit gibt Ihnen beiden Zeit, sich einzuspielen, bevor Sie urteilen.</translation>
    </message>
    <message>
        <source>Address in German &amp;briefs:</source>
        <translation>Anrede in deutschen &amp;Briefings:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Reviews kept</source>
        <translation>Bisherige Auswertungen</translation>
    </message>
    <message>
        <source>Re&amp;view Settling-in Period…</source>
        <translation>Eingewöhnungszeit a&amp;uswerten …</translation>
    </message>
    <message>
        <source>Log &amp;Feedback…</source>
        <translation>Fee&amp;dback notieren …</translation>
    </message>
    <message>
        <source>Settling-in period</source>
        <translation>Eingewöhnungszeit</translation>
    </message>
    <message>
        <source>Reviews:</source>
        <translation>Auswertungen:</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Feedback on this assistant and on the to-dos handed to them.</source>
        <translation>Feedback zu dieser Assistenz und zu den To-dos, die sie übernommen hat.</translation>
    </message>
    <message>
        <source>Given:</source>
        <translation>Bisher gegeben:</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archiviert)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>The settling-in period ended on {date} and has not been reviewed yet: review it now — continue, adjust, or end.</source>
        <translation>Die Eingewöhnungszeit endete am {date} und wurde noch nicht ausgewertet. Werten Sie sie jetzt aus – fortsetzen, anpassen oder beenden.</translation>
    </message>
    <message>
        <source>No reviews yet.</source>
        <translation>Noch keine Auswertungen.</translation>
    </message>
    <message>
        <source>No trial period agreed. Set when it ends above, and its review is due then.</source>
        <translation>Keine Probezeit vereinbart. Legen Sie oben fest, wann sie endet; dann ist auch ihre Auswertung fällig.</translation>
    </message>
    <message>
        <source>The trial period ends on {date}; its review is due then (one made in its last two weeks counts).</source>
        <translation>Die Probezeit endet am {date}; dann ist ihre Auswertung fällig (eine Auswertung in den letzten zwei Wochen davor zählt auch).</translation>
    </message>
    <message>
        <source>The trial period ended on {date}.</source>
        <translation>Die Probezeit endete am {date}.</translation>
    </message>
    <message>
        <source>Edit assistant</source>
        <translation>Assistenz bearbeiten</translation>
    </message>
    <message>
        <source>New assistant</source>
        <translation>Neue Assistenz</translation>
    </message>
    <message>
        <source>Add assistant</source>
        <translation>Assistenz hinzufügen</translation>
    </message>
    <message>
        <source>Restore assistant</source>
        <translation>Assistenz wiederherstellen</translation>
    </message>
    <message>
        <source>Archive assistant</source>
        <translation>Assistenz archivieren</translation>
    </message>
    <message>
        <source>The working day must end after it starts. Nothing was saved.</source>
        <translation>Der Arbeitstag muss nach seinem Beginn enden. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The trial period cannot end before the start date. Nothing was saved.</source>
        <translation>Die Probezeit kann nicht vor dem Startdatum enden. Nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Backed up at {time} to the backups folder.</source>
        <translation>Um {time} in den Sicherungsordner gesichert.</translation>
    </message>
    <message>
        <source>Backed up at {time}.</source>
        <translation>Gesichert um {time}.</translation>
    </message>
    <message>
        <source>Not Backed Up</source>
        <translation>Nicht gesichert</translation>
    </message>
    <message>
        <source>The backup failed ({reason}). Your plan is unchanged.</source>
        <translation>Die Sicherung ist fehlgeschlagen ({reason}). Ihr Plan ist unverändert.</translation>
    </message>
    <message>
        <source>The automatic backup failed ({reason}). It is tried again later.</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen ({reason}). Sie wird später erneut versucht.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Delegator backs up your plan once a day while it runs and when you quit. Choose the backup to go back to; restoring can be undone.</source>
        <translation>Delegator sichert Ihren Plan einmal täglich, solange es läuft, und beim Beenden. Wählen Sie die Sicherung, zu der Sie zurückkehren möchten; das Wiederherstellen lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Es gibt noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen …</translation>
    </message>
    <message>
        <source>Days with a backup kept</source>
        <translation>Tage, von denen eine Sicherung behalten wird</translation>
    </message>
    <message>
        <source>Weeks with a backup kept before them</source>
        <translation>Wochen davor, von denen eine Sicherung behalten wird</translation>
    </message>
    <message>
        <source>Keep the newest backup of the last {days} days and of {weeks} weeks before them.</source>
        <translation>Die neueste Sicherung der letzten {days} Tage und der {weeks} Wochen davor behalten.</translation>
    </message>
    <message numerus="yes">
        <source>The next backup removes %n older automatic backup(s).</source>
        <translation>
            <numerusform>Die nächste Sicherung entfernt %n ältere automatische Sicherung.</numerusform>
            <numerusform>Die nächste Sicherung entfernt %n ältere automatische Sicherungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace your plan with the backup from {when} ({holds})? Your plan as it is now is backed up first, and Edit → Undo brings it back.</source>
        <translation>Ihren Plan durch die Sicherung vom {when} ersetzen ({holds})? Ihr aktueller Plan wird vorher gesichert, und Bearbeiten → Rückgängig holt ihn zurück.</translation>
    </message>
    <message>
        <source>Not Restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>To-dos</source>
        <translation>To-dos</translation>
    </message>
    <message>
        <source>Delegated</source>
        <translation>Delegiert</translation>
    </message>
    <message>
        <source>Assistants</source>
        <translation>Assistenzen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Cannot be read: {problem}</source>
        <translation>Nicht lesbar: {problem}</translation>
    </message>
</context>
<context>
    <name>BackupWords</name>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Von Hand</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Vor einer Aktualisierung</translation>
    </message>
    <message>
        <source>{todos}, {delegated} delegated, {assistants}</source>
        <translation>{todos}, {delegated} delegiert, {assistants}</translation>
    </message>
    <message numerus="yes">
        <source>%n to-do(s)</source>
        <translation>
            <numerusform>%n To-do</numerusform>
            <numerusform>%n To-dos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assistant(s)</source>
        <translation>
            <numerusform>%n Assistenz</numerusform>
            <numerusform>%n Assistenzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing, as no backup holds them: %n attachment(s).</source>
        <translation>
            <numerusform>Fehlt, da keine Sicherung ihn enthält: %n Anhang.</numerusform>
            <numerusform>Fehlen, da keine Sicherung sie enthält: %n Anhänge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Undecided to-dos</source>
        <translation>Unentschiedene To-dos</translation>
    </message>
    <message>
        <source>To-dos to keep</source>
        <translation>To-dos zum Behalten</translation>
    </message>
    <message>
        <source>To-dos to delegate</source>
        <translation>To-dos zum Delegieren</translation>
    </message>
    <message>
        <source>Nothing left to decide. New to-dos appear here.</source>
        <translation>Nichts mehr einzuordnen. Neue To-dos erscheinen hier.</translation>
    </message>
    <message>
        <source>Drag cards here, or press K, for what you keep doing.</source>
        <translation>Ziehen Sie Karten hierher oder drücken Sie K für das, was Sie behalten.</translation>
    </message>
    <message>
        <source>Drag cards here, or press D, for what you hand over.</source>
        <translation>Ziehen Sie Karten hierher oder drücken Sie D für das, was Sie delegieren.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Previous Column</source>
        <translation>Vorherige Spalte</translation>
    </message>
    <message>
        <source>Next Column</source>
        <translation>Nächste Spalte</translation>
    </message>
    <message>
        <source>To be assigned</source>
        <translation>Noch zu vergeben</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>fällig {date}</translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <source>Once</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>Daily (working days)</source>
        <translation>Täglich (Werktage)</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Do exactly as written</source>
        <translation>Genau wie beschrieben erledigen</translation>
    </message>
    <message>
        <source>Follow the instructions step by step; ask before deviating.</source>
        <translation>Folgen Sie der Anleitung Schritt für Schritt; fragen Sie, bevor Sie abweichen.</translation>
    </message>
    <message>
        <source>Research and report</source>
        <translation>Recherchieren und berichten</translation>
    </message>
    <message>
        <source>Find out the facts and report them; I decide.</source>
        <translation>Finden Sie die Fakten heraus und berichten Sie; ich entscheide.</translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation>Empfehlen</translation>
    </message>
    <message>
        <source>Propose what to do, with reasons; I decide.</source>
        <translation>Schlagen Sie mit Begründung vor, was zu tun ist; ich entscheide.</translation>
    </message>
    <message>
        <source>Decide and inform</source>
        <translation>Entscheiden und informieren</translation>
    </message>
    <message>
        <source>Decide and act, then tell me what you did.</source>
        <translation>Entscheiden und handeln Sie, und sagen Sie mir danach, was Sie getan haben.</translation>
    </message>
    <message>
        <source>Act on your own</source>
        <translation>Eigenständig handeln</translation>
    </message>
    <message>
        <source>Handle it completely; no need to report each time.</source>
        <translation>Erledigen Sie es vollständig; Sie müssen nicht jedes Mal berichten.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videoanruf</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Alle zwei Wochen</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>done-when criteria</source>
        <translation>„Erledigt, wenn“-Kriterien</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>tools and access</source>
        <translation>Werkzeuge und Zugänge</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>Unterlagen</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>time per occurrence</source>
        <translation>Zeit pro Durchgang</translation>
    </message>
    <message>
        <source>hours per week</source>
        <translation>Stunden pro Woche</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>lead time</source>
        <translation>Vorlauf</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>delegation level</source>
        <translation>Delegationsstufe</translation>
    </message>
    <message>
        <source>when to ask</source>
        <translation>wann Sie fragen sollen</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>To be assigned — requirements profile</source>
        <translation>Noch zu vergeben — Anforderungsprofil</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistenz</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Auftraggeber</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Brief version</source>
        <translation>Version des Briefings</translation>
    </message>
    <message>
        <source>Working agreement</source>
        <translation>Arbeitsabsprache</translation>
    </message>
    <message>
        <source>Skills needed</source>
        <translation>Benötigte Fähigkeiten</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Stunden pro Woche</translation>
    </message>
    <message>
        <source>Hours per month</source>
        <translation>Stunden pro Monat</translation>
    </message>
    <message>
        <source>Cost per month</source>
        <translation>Kosten pro Monat</translation>
    </message>
    <message>
        <source>up to {amount} per month</source>
        <translation>bis zu {amount} pro Monat</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>How to reach me</source>
        <translation>So erreichen Sie mich</translation>
    </message>
    <message>
        <source>When I answer</source>
        <translation>Wann ich antworte</translation>
    </message>
    <message>
        <source>within {hours} h</source>
        <translation>innerhalb von {hours} Std.</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <source>When you should be available</source>
        <translation>Wann Sie erreichbar sein sollten</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>until {date}, then we review how it went</source>
        <translation>bis {date}, dann besprechen wir, wie es gelaufen ist</translation>
    </message>
    <message>
        <source>Trial period</source>
        <translation>Probezeit</translation>
    </message>
    <message>
        <source>I check finished work against its “Done when” list and give feedback at our check-ins. Tell me openly what was unclear, so I can improve the instructions.</source>
        <translation>Ich prüfe fertige Arbeit anhand ihrer „Erledigt, wenn“-Liste und gebe bei unseren Check-ins Feedback. Sagen Sie mir offen, was unklar war, damit ich die Anleitung verbessern kann.</translation>
    </message>
    <message>
        <source>Ask rather than guess. Collect questions that can wait for the next check-in; ask right away when something blocks you or a task says “Ask me when …”.</source>
        <translation>Fragen Sie lieber, statt zu raten. Sammeln Sie Fragen, die bis zum nächsten Check-in warten können; fragen Sie sofort, wenn Sie etwas aufhält oder eine Aufgabe sagt: „Fragen Sie mich, wenn …“.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>h/week</source>
        <translation>Std./Woche</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (überfällig)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Goal and instructions</source>
        <translation>Ziel und Anleitung</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Done when</source>
        <translation>Erledigt, wenn</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Tools and access</source>
        <translation>Werkzeuge und Zugänge</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Unterlagen</translation>
    </message>
    <message>
        <source>Time per occurrence</source>
        <translation>Zeit pro Durchgang</translation>
    </message>
    <message>
        <source>start 1 day before the due date</source>
        <translation>1 Tag vor dem Fälligkeitsdatum beginnen</translation>
    </message>
    <message>
        <source>start {days} days before the due date</source>
        <translation>{days} Tage vor dem Fälligkeitsdatum beginnen</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Vorlauf</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Delegation level</source>
        <translation>Delegationsstufe</translation>
    </message>
    <message>
        <source>Ask me when …</source>
        <translation>Fragen Sie mich, wenn …</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>{label} (see attachments/{file})</source>
        <translation>{label} (siehe attachments/{file})</translation>
    </message>
    <message>
        <source>Changes since {date}</source>
        <translation>Änderungen seit {date}</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfallen</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Seite {n} von {total}</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Handover brief for {name}</source>
        <translation>Übergabe-Briefing für {name}</translation>
    </message>
    <message>
        <source>Requirements profile</source>
        <translation>Anforderungsprofil</translation>
    </message>
    <message>
        <source>Check-in agenda for {name}</source>
        <translation>Check-in-Agenda für {name}</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Letzter Check-in</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <source>Due for check-in</source>
        <translation>Zum Check-in fällig</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>Nichts fällig.</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Fällig seit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status changes since the last check-in</source>
        <translation>Statusänderungen seit dem letzten Check-in</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Statusänderungen</translation>
    </message>
    <message>
        <source>No status changes.</source>
        <translation>Keine Statusänderungen.</translation>
    </message>
    <message>
        <source>Feedback to give</source>
        <translation>Zu besprechendes Feedback</translation>
    </message>
    <message>
        <source>No feedback logged.</source>
        <translation>Kein Feedback notiert.</translation>
    </message>
    <message>
        <source>Working together</source>
        <translation>Zusammenarbeit insgesamt</translation>
    </message>
    <message>
        <source>{rating} of 5</source>
        <translation>{rating} von 5</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Was gut lief</translation>
    </message>
    <message>
        <source>What I&apos;d like done differently</source>
        <translation>Was ich mir anders wünsche</translation>
    </message>
    <message>
        <source>Keep in mind next time</source>
        <translation>Beim nächsten Mal beachten</translation>
    </message>
    <message>
        <source>Instructions changed since the last handover</source>
        <translation>Seit der letzten Übergabe geänderte Anleitungen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Needs rework</source>
        <translation>Nacharbeit nötig</translation>
    </message>
    <message>
        <source>by me</source>
        <translation>von mir</translation>
    </message>
    <message>
        <source>by the handover</source>
        <translation>durch die Übergabe</translation>
    </message>
    <message>
        <source>from your file</source>
        <translation>aus Ihrer Datei</translation>
    </message>
</context>
<context>
    <name>BriefFields</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Contact channels</source>
        <translation>Kontaktwege</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Check-in rhythm</source>
        <translation>Check-in-Rhythmus</translation>
    </message>
    <message>
        <source>New to-dos</source>
        <translation>Neue To-dos</translation>
    </message>
    <message>
        <source>Removed to-dos</source>
        <translation>Entfernte To-dos</translation>
    </message>
    <message>
        <source>Changed to-dos</source>
        <translation>Geänderte To-dos</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Skills needed</source>
        <translation>Benötigte Fähigkeiten</translation>
    </message>
</context>
<context>
    <name>BriefInformal</name>
    <message>
        <source>Follow the instructions step by step; ask before deviating.</source>
        <translation>Folge der Anleitung Schritt für Schritt; frag, bevor du abweichst.</translation>
    </message>
    <message>
        <source>Find out the facts and report them; I decide.</source>
        <translation>Finde die Fakten heraus und berichte; ich entscheide.</translation>
    </message>
    <message>
        <source>Propose what to do, with reasons; I decide.</source>
        <translation>Schlag mit Begründung vor, was zu tun ist; ich entscheide.</translation>
    </message>
    <message>
        <source>Decide and act, then tell me what you did.</source>
        <translation>Entscheide und handle, und sag mir danach, was du getan hast.</translation>
    </message>
    <message>
        <source>Handle it completely; no need to report each time.</source>
        <translation>Erledige es vollständig; du musst nicht jedes Mal berichten.</translation>
    </message>
    <message>
        <source>when to ask</source>
        <translation>wann du fragen sollst</translation>
    </message>
    <message>
        <source>How to reach me</source>
        <translation>So erreichst du mich</translation>
    </message>
    <message>
        <source>When you should be available</source>
        <translation>Wann du erreichbar sein solltest</translation>
    </message>
    <message>
        <source>I check finished work against its “Done when” list and give feedback at our check-ins. Tell me openly what was unclear, so I can improve the instructions.</source>
        <translation>Ich prüfe fertige Arbeit anhand ihrer „Erledigt, wenn“-Liste und gebe bei unseren Check-ins Feedback. Sag mir offen, was unklar war, damit ich die Anleitung verbessern kann.</translation>
    </message>
    <message>
        <source>Ask rather than guess. Collect questions that can wait for the next check-in; ask right away when something blocks you or a task says “Ask me when …”.</source>
        <translation>Frag lieber, statt zu raten. Sammle Fragen, die bis zum nächsten Check-in warten können; frag sofort, wenn dich etwas aufhält oder eine Aufgabe sagt: „Frag mich, wenn …“.</translation>
    </message>
    <message>
        <source>Ask me when …</source>
        <translation>Frag mich, wenn …</translation>
    </message>
    <message>
        <source>from your file</source>
        <translation>aus deiner Datei</translation>
    </message>
</context>
<context>
    <name>CapacityHint</name>
    <message>
        <source>The working days and hours add up to {hours}.</source>
        <translation>Die Arbeitstage und -zeiten ergeben {hours}.</translation>
    </message>
    <message>
        <source>Use {hours}</source>
        <translation>{hours} übernehmen</translation>
    </message>
    <message>
        <source>Set the weekly capacity to {hours}</source>
        <translation>Wöchentliche Kapazität auf {hours} setzen</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>{rhythm} (no rhythm agreed yet)</source>
        <translation>{rhythm} (noch kein Rhythmus vereinbart)</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>alle zwei Wochen</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>Complete Check-in</source>
        <translation>Check-in abschließen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>What did you talk about, what was agreed? (optional)</source>
        <translation>Worüber haben Sie gesprochen, was wurde vereinbart? (optional)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Last check-in: {date}</source>
        <translation>Letzter Check-in: {date}</translation>
    </message>
    <message>
        <source>No check-in yet</source>
        <translation>Noch kein Check-in</translation>
    </message>
    <message>
        <source>The next check-in will be on {date} ({rhythm}).</source>
        <translation>Der nächste Check-in ist dann am {date} ({rhythm}).</translation>
    </message>
    <message>
        <source>This to-do no longer exists.</source>
        <translation>Dieses To-do gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This to-do is not with an assistant (status: {status}). Check-ins are for work that has been handed over.</source>
        <translation>Dieses To-do liegt bei keiner Assistenz (Status: {status}). Check-ins sind für Arbeit gedacht, die übergeben wurde.</translation>
    </message>
    <message>
        <source>Check-in on “{title}”</source>
        <translation>Check-in zu „{title}“</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>Created %n to-do(s)</source>
        <translation>
            <numerusform>%n To-do angelegt</numerusform>
            <numerusform>%n To-dos angelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would create %n to-do(s)</source>
        <translation>
            <numerusform>Würde %n To-do anlegen</numerusform>
            <numerusform>Würde %n To-dos anlegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added a sample business with %n to-do(s) to {path}.</source>
        <translation>
            <numerusform>Ein Beispielunternehmen mit %n To-do wurde in {path} angelegt.</numerusform>
            <numerusform>Ein Beispielunternehmen mit %n To-dos wurde in {path} angelegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to-do(s)</source>
        <translation>
            <numerusform>%n To-do</numerusform>
            <numerusform>%n To-dos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assistant(s)</source>
        <translation>
            <numerusform>%n Assistenz</numerusform>
            <numerusform>%n Assistenzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n Anhang</numerusform>
            <numerusform>%n Anhänge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more item(s)</source>
        <translation>
            <numerusform>… und %n weiterer Eintrag</numerusform>
            <numerusform>… und %n weitere Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong inside Delegator. Your data is safe: every change you saw was already saved. Please send the details to the developers.</source>
        <translation>In Delegator ist ein Fehler aufgetreten. Ihre Daten sind sicher: Jede Änderung, die Sie gesehen haben, war bereits gespeichert. Bitte senden Sie die Details an die Entwickler.</translation>
    </message>
    <message>
        <source>The details are saved in this file:
{path}</source>
        <translation>Die Details sind in dieser Datei gespeichert:
{path}</translation>
    </message>
    <message>
        <source>The details could not be saved to a file ({reason}); copy them with Copy Details.</source>
        <translation>Die Details konnten nicht in einer Datei gespeichert werden ({reason}); kopieren Sie sie mit „Details kopieren“.</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Details kopieren</translation>
    </message>
</context>
<context>
    <name>CurrencyCombo</name>
    <message>
        <source>Type a three-letter currency code, such as EUR or CHF.</source>
        <translation>Geben Sie einen Währungscode aus drei Buchstaben ein, etwa EUR oder CHF.</translation>
    </message>
</context>
<context>
    <name>DamagedStart</name>
    <message>
        <source>Your plan {path} is damaged ({detail}) and was left untouched.</source>
        <translation>Ihr Plan {path} ist beschädigt ({detail}) und wurde nicht verändert.</translation>
    </message>
    <message>
        <source>There is no good backup of it in {folder}. Delegator quits.</source>
        <translation>In {folder} gibt es keine intakte Sicherung davon. Delegator wird beendet.</translation>
    </message>
    <message>
        <source>The newest good backup is from {when}: {holds}. Open it instead? The damaged file is kept beside it under a new name.</source>
        <translation>Die neueste intakte Sicherung stammt vom {when}: {holds}. Stattdessen diese öffnen? Die beschädigte Datei bleibt unter neuem Namen daneben erhalten.</translation>
    </message>
    <message>
        <source>Open the Backup</source>
        <translation>Sicherung öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>The backup could not be opened ({detail}).</source>
        <translation>Die Sicherung konnte nicht geöffnet werden ({detail}).</translation>
    </message>
    <message>
        <source>The backup is now your plan. The damaged file was kept as {name} in {folder}.</source>
        <translation>Die Sicherung ist jetzt Ihr Plan. Die beschädigte Datei wurde als {name} in {folder} aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>DatePickerButton</name>
    <message>
        <source>Choose the date in a calendar</source>
        <translation>Datum im Kalender wählen</translation>
    </message>
</context>
<context>
    <name>DecisionStrip</name>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Questions…</source>
        <translation>Fragen…</translation>
    </message>
    <message>
        <source>All questions of the helper, with its suggestion</source>
        <translation>Alle Fragen zum Einordnen, mit dem Vorschlag</translation>
    </message>
    <message>
        <source>{key} in the list</source>
        <translation>{key} in der Liste</translation>
    </message>
    <message>
        <source>Keep or delegate? Does it need your own expertise or relationships? Could you explain it in writing in 30 minutes? What would a mistake cost?</source>
        <translation>Behalten oder delegieren? Braucht es Ihr eigenes Fachwissen oder Ihre Beziehungen? Könnten Sie es in 30 Minuten schriftlich erklären? Was würde ein Fehler kosten?</translation>
    </message>
    <message>
        <source>The helper suggests: {decision}.</source>
        <translation>Vorschlag beim Einordnen: {decision}.</translation>
    </message>
    <message>
        <source>Kept: you do it yourself.</source>
        <translation>Behalten: Sie erledigen es selbst.</translation>
    </message>
    <message>
        <source>Delegated: describe it so that someone new could do it without asking.</source>
        <translation>Delegiert: Beschreiben Sie es so, dass jemand Neues es ohne Rückfrage erledigen kann.</translation>
    </message>
    <message>
        <source>{decision} ({key})</source>
        <translation>{decision} ({key})</translation>
    </message>
</context>
<context>
    <name>DescribeDialog</name>
    <message>
        <source>Describe Delegated To-dos</source>
        <translation>Delegierte To-dos beschreiben</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Anleitung:</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>How to do it, in your words</source>
        <translation>Wie es geht, in Ihren Worten</translation>
    </message>
    <message>
        <source>Done &amp;when:</source>
        <translation>&amp;Erledigt, wenn:</translation>
    </message>
    <message>
        <source>Done when</source>
        <translation>Erledigt, wenn</translation>
    </message>
    <message>
        <source>One check per line</source>
        <translation>Ein Kriterium pro Zeile</translation>
    </message>
    <message>
        <source>S&amp;kills:</source>
        <translation>Fäh&amp;igkeiten:</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. Canva, English</source>
        <translation>Durch Kommas getrennt, z. B. Canva, Englisch</translation>
    </message>
    <message>
        <source>How &amp;often:</source>
        <translation>&amp;Häufigkeit:</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>&amp;Time per occurrence:</source>
        <translation>&amp;Zeit pro Durchgang:</translation>
    </message>
    <message>
        <source>Time per occurrence</source>
        <translation>Zeit pro Durchgang</translation>
    </message>
    <message>
        <source>e.g. 45 min or 1:30</source>
        <translation>z. B. 45 Min. oder 1:30</translation>
    </message>
    <message>
        <source>Ask &amp;me when:</source>
        <translation>Fra&amp;gen, wenn:</translation>
    </message>
    <message>
        <source>Ask me when</source>
        <translation>Fragen, wenn</translation>
    </message>
    <message>
        <source>e.g. a customer complains or it costs over 50 €</source>
        <translation>z. B. eine Kundin beschwert sich oder es kostet über 50 €</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>Zu&amp;rück</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>To-do {number} of {count} without a full description</source>
        <translation>To-do {number} von {count} ohne vollständige Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Store and go on (Ctrl+Return)</source>
        <translation>Speichern und weiter (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Fill from “{name}”</source>
        <translation>Aus „{name}“ ausfüllen</translation>
    </message>
    <message>
        <source>Every delegated to-do is described.</source>
        <translation>Jedes delegierte To-do ist beschrieben.</translation>
    </message>
    <message>
        <source>Describe “{title}”</source>
        <translation>„{title}“ beschreiben</translation>
    </message>
    <message>
        <source>Filled: {fields}. Please review them.</source>
        <translation>Ausgefüllt: {fields}. Bitte prüfen Sie diese Angaben.</translation>
    </message>
    <message>
        <source>the decision “delegate”</source>
        <translation>die Entscheidung „delegieren“</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Write a duration like 90, 1:30 or 1.5 h.</source>
        <translation>Geben Sie eine Dauer an, z. B. 90, 1:30 oder 1,5 h.</translation>
    </message>
    <message>
        <source>A duration cannot be negative.</source>
        <translation>Eine Dauer kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>That is more than a week; split the task.</source>
        <translation>Das ist mehr als eine Woche; teilen Sie die Aufgabe auf.</translation>
    </message>
    <message>
        <source>Write a date like 12.12.2026, 2026-12-12 or +3 (days from today).</source>
        <translation>Geben Sie ein Datum an, z. B. 12.12.2026, 2026-12-12 oder +3 (Tage ab heute).</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} Std.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
</context>
<context>
    <name>DoneWords</name>
    <message numerus="yes">
        <source>%n to-do(s) marked “{status}”</source>
        <translation>
            <numerusform>%n To-do als „{status}“ markiert</numerusform>
            <numerusform>%n To-dos als „{status}“ markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to-do(s) not assigned</source>
        <translation>
            <numerusform>%n To-do nicht zugewiesen</numerusform>
            <numerusform>%n To-dos nicht zugewiesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to-do(s) assigned to {name}</source>
        <translation>
            <numerusform>%n To-do an {name} zugewiesen</numerusform>
            <numerusform>%n To-dos an {name} zugewiesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to-do(s) kept</source>
        <translation>
            <numerusform>%n To-do behalten</numerusform>
            <numerusform>%n To-dos behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to-do(s) delegated</source>
        <translation>
            <numerusform>%n To-do delegiert</numerusform>
            <numerusform>%n To-dos delegiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to-do(s) marked undecided</source>
        <translation>
            <numerusform>%n To-do als unentschieden markiert</numerusform>
            <numerusform>%n To-dos als unentschieden markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to-do(s) moved to the Archive</source>
        <translation>
            <numerusform>%n To-do archiviert</numerusform>
            <numerusform>%n To-dos archiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to-do(s) restored</source>
        <translation>
            <numerusform>%n To-do wiederhergestellt</numerusform>
            <numerusform>%n To-dos wiederhergestellt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>Load the &amp;Demo Plan</source>
        <translation>&amp;Demo-Plan laden</translation>
    </message>
    <message>
        <source>A sample business with to-dos, assistants and agreements, to try things out.</source>
        <translation>Ein Beispielbetrieb mit To-dos, Assistenzen und Arbeitsabsprachen zum Ausprobieren.</translation>
    </message>
    <message>
        <source>&amp;Clear Search</source>
        <translation>Suche &amp;leeren</translation>
    </message>
    <message>
        <source>Demo plan not loaded</source>
        <translation>Demo-Plan nicht geladen</translation>
    </message>
    <message numerus="yes">
        <source>%n to-do(s) loaded from the demo plan</source>
        <translation>
            <numerusform>%n To-do aus dem Demo-Plan geladen</numerusform>
            <numerusform>%n To-dos aus dem Demo-Plan geladen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Handover Brief</source>
        <translation>Übergabe-Briefing exportieren</translation>
    </message>
    <message>
        <source>Open points before a handover — export stays possible</source>
        <translation>Offene Punkte vor einer Übergabe – der Export bleibt möglich</translation>
    </message>
    <message>
        <source>&amp;Assistant:</source>
        <translation>&amp;Assistenz:</translation>
    </message>
    <message>
        <source>To-dos in the brief</source>
        <translation>To-dos im Briefing</translation>
    </message>
    <message>
        <source>&amp;To-dos:</source>
        <translation>&amp;To-dos:</translation>
    </message>
    <message>
        <source>No delegated, open to-dos for this choice.</source>
        <translation>Für diese Auswahl gibt es keine delegierten, offenen To-dos.</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formate:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Include &amp;cost</source>
        <translation>&amp;Kosten angeben</translation>
    </message>
    <message>
        <source>Include &amp;budget range</source>
        <translation>&amp;Budgetrahmen angeben</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Preview of the brief</source>
        <translation>Vorschau des Briefings</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Brief (Markdown)</source>
        <translation>Briefing (Markdown)</translation>
    </message>
    <message>
        <source>Brief (PDF)</source>
        <translation>Briefing (PDF)</translation>
    </message>
    <message>
        <source>Calendar (iCalendar)</source>
        <translation>Kalender (iCalendar)</translation>
    </message>
    <message>
        <source>Todoist (CSV)</source>
        <translation>Todoist (CSV)</translation>
    </message>
    <message>
        <source>Everything as one zip</source>
        <translation>Alles als eine ZIP-Datei</translation>
    </message>
    <message>
        <source>To be assigned (requirements profile)</source>
        <translation>Noch zu vergeben (Anforderungsprofil)</translation>
    </message>
    <message>
        <source>Requirements profile</source>
        <translation>Anforderungsprofil</translation>
    </message>
    <message>
        <source>Choose the Export Folder</source>
        <translation>Export-Ordner wählen</translation>
    </message>
    <message>
        <source>No preview: {error}</source>
        <translation>Keine Vorschau: {error}</translation>
    </message>
    <message>
        <source>Version {version} — the next brief; version {last} was handed over on {day}.</source>
        <translation>Version {version} — das nächste Briefing; Version {last} wurde am {day} übergeben.</translation>
    </message>
    <message>
        <source>Tick at least one format.</source>
        <translation>Kreuzen Sie mindestens ein Format an.</translation>
    </message>
    <message>
        <source>Choose a folder to export to.</source>
        <translation>Wählen Sie einen Ordner für den Export.</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>Das ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Checking the brief for secrets…</source>
        <translation>Das Briefing wird auf Geheimnisse geprüft…</translation>
    </message>
    <message>
        <source>Nothing was exported. Remove the secrets from the fields named, and share them through a password manager.</source>
        <translation>Es wurde nichts exportiert. Entfernen Sie die Geheimnisse aus den genannten Feldern und teilen Sie sie über einen Passwortmanager.</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Es wurde nichts exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to {folder}</source>
        <translation>
            <numerusform>%n Datei nach {folder} exportiert</numerusform>
            <numerusform>%n Dateien nach {folder} exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was exported.</source>
        <translation>Export abgebrochen. Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>• {place}: {field}</source>
        <translation>• {place}: {field}</translation>
    </message>
    <message>
        <source>Possible Secret in the Brief</source>
        <translation>Mögliches Geheimnis im Briefing</translation>
    </message>
    <message>
        <source>These fields hold something that looks like a password, key or account number:
{lines}

Share secrets through a password manager instead. Export anyway?</source>
        <translation>Diese Felder enthalten etwas, das wie ein Passwort, ein Schlüssel oder eine Kontonummer aussieht:
{lines}

Teilen Sie Geheimnisse besser über einen Passwortmanager. Trotzdem exportieren?</translation>
    </message>
    <message>
        <source>Replace Files?</source>
        <translation>Dateien ersetzen?</translation>
    </message>
    <message>
        <source>These files already exist in the folder:
{names}

Replace them?</source>
        <translation>Diese Dateien gibt es im Ordner schon:
{names}

Ersetzen?</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>The export could not be recorded: {error}</source>
        <translation>Der Export konnte nicht vermerkt werden: {error}</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Log Feedback</source>
        <translation>Feedback notieren</translation>
    </message>
    <message>
        <source>Feedback that helps: describe the result you expected, not the person; one thing at a time; and say what should stay as it is.</source>
        <translation>Feedback, das hilft: Beschreiben Sie das erwartete Ergebnis, nicht die Person; immer nur eine Sache auf einmal; und sagen Sie, was so bleiben soll, wie es ist.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Was gut lief</translation>
    </message>
    <message>
        <source>What I’d like done differently</source>
        <translation>Was ich mir anders wünsche</translation>
    </message>
    <message>
        <source>What to keep in mind next time</source>
        <translation>Was beim nächsten Mal zu beachten ist</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>&amp;Bewertung:</translation>
    </message>
    <message>
        <source>What went &amp;well:</source>
        <translation>Was gut &amp;lief:</translation>
    </message>
    <message>
        <source>Name what should stay as it is, so it is kept. For example: “The summary at the top of the report saved me time.”</source>
        <translation>Nennen Sie, was so bleiben soll, wie es ist, damit es beibehalten wird. Zum Beispiel: „Die Zusammenfassung am Anfang des Berichts hat mir Zeit gespart.“</translation>
    </message>
    <message>
        <source>What I’d like done di&amp;fferently:</source>
        <translation>Was ich mir a&amp;nders wünsche:</translation>
    </message>
    <message>
        <source>Describe the result you expected, one thing at a time. For example: “I expected the invoices sorted by date, newest first” rather than “You were careless.”</source>
        <translation>Beschreiben Sie das Ergebnis, das Sie erwartet haben, immer nur eine Sache auf einmal. Zum Beispiel: „Ich hatte die Rechnungen nach Datum sortiert erwartet, die neueste zuerst“ statt „Sie waren nachlässig.“</translation>
    </message>
    <message>
        <source>Keep in mind &amp;next time:</source>
        <translation>Beim nächsten &amp;Mal beachten:</translation>
    </message>
    <message>
        <source>What you both should remember for the next time. For example: “Ask before booking anything over 200 €.”</source>
        <translation>Woran Sie beide beim nächsten Mal denken sollten. Zum Beispiel: „Fragen Sie vor jeder Buchung über 200 € nach.“</translation>
    </message>
    <message>
        <source>Choose a rating to save.</source>
        <translation>Wählen Sie eine Bewertung, um zu speichern.</translation>
    </message>
    <message>
        <source>&amp;Turn “what I’d like done differently” into an edit of the to-do</source>
        <translation>„Was ich mir anders wünsche“ als Änderung &amp;ins To-do übernehmen</translation>
    </message>
    <message>
        <source>Add to the &amp;instructions as a paragraph</source>
        <translation>Als Absatz an die &amp;Anleitung anhängen</translation>
    </message>
    <message>
        <source>Add as a new &amp;step</source>
        <translation>Als neuen &amp;Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Add as a new “done w&amp;hen” line</source>
        <translation>Als neue „Erledigt, &amp;wenn“-Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Text to add to the to-do</source>
        <translation>Text, der ins To-do übernommen wird</translation>
    </message>
    <message>
        <source>Write it as you would tell the assistant, for example: “Sort the invoices by date, newest first.” You can change the text before saving.</source>
        <translation>Formulieren Sie es so, wie Sie es der Assistenz sagen würden, zum Beispiel: „Sortieren Sie die Rechnungen nach Datum, die neueste zuerst.“ Sie können den Text vor dem Speichern noch ändern.</translation>
    </message>
    <message>
        <source>Feedback on “{title}”</source>
        <translation>Feedback zu „{title}“</translation>
    </message>
    <message>
        <source>Feedback on {name}</source>
        <translation>Feedback zu {name}</translation>
    </message>
    <message>
        <source>Log feedback</source>
        <translation>Feedback notieren</translation>
    </message>
    <message>
        <source>Log feedback and edit the to-do</source>
        <translation>Feedback notieren und To-do ändern</translation>
    </message>
    <message>
        <source>Write the text to add to the to-do, or untick “Turn … into an edit”.</source>
        <translation>Schreiben Sie den Text, der ins To-do übernommen werden soll, oder entfernen Sie den Haken bei „… als Änderung ins To-do übernehmen“.</translation>
    </message>
</context>
<context>
    <name>FeedbackLog</name>
    <message>
        <source>{stars} {rating}/5</source>
        <translation>{stars} {rating}/5</translation>
    </message>
    <message>
        <source>the assistant as a whole</source>
        <translation>die Assistenz insgesamt</translation>
    </message>
    <message>
        <source>Went well: {text}</source>
        <translation>Gut gelaufen: {text}</translation>
    </message>
    <message>
        <source>Done differently next time: {text}</source>
        <translation>Beim nächsten Mal anders: {text}</translation>
    </message>
    <message>
        <source>Keep in mind: {text}</source>
        <translation>Beachten: {text}</translation>
    </message>
    <message>
        <source>Feedback log</source>
        <translation>Feedback-Verlauf</translation>
    </message>
    <message>
        <source>No feedback yet.</source>
        <translation>Noch kein Feedback.</translation>
    </message>
</context>
<context>
    <name>FeedbackSection</name>
    <message>
        <source>&amp;Log Feedback…</source>
        <translation>Fee&amp;dback notieren …</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>Feedback:</translation>
    </message>
</context>
<context>
    <name>FindingRow</name>
    <message>
        <source>Fix: {message}</source>
        <translation>Beheben: {message}</translation>
    </message>
</context>
<context>
    <name>FixButton</name>
    <message>
        <source>Fix</source>
        <translation>Beheben</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Nächster Check-in</translation>
    </message>
    <message>
        <source>none planned, e.g. 14.12.2026 or +7</source>
        <translation>keiner geplant, z. B. 14.12.2026 oder +7</translation>
    </message>
    <message>
        <source>&amp;Complete Check-in…</source>
        <translation>Check-&amp;in abschließen …</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Next check-in:</source>
        <translation>Nächster &amp;Check-in:</translation>
    </message>
    <message>
        <source>Last check-in:</source>
        <translation>Letzter Check-in:</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>&amp;Verlauf:</translation>
    </message>
    <message>
        <source>Check-ins start when the to-do is handed over: export it to its assistant, or set its status here.</source>
        <translation>Check-ins beginnen, sobald das To-do übergeben ist: Exportieren Sie es für seine Assistenz oder setzen Sie seinen Status hier.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <source>{date}: {status} ({who})</source>
        <translation>{date}: {status} ({who})</translation>
    </message>
    <message>
        <source>{date}: check-in</source>
        <translation>{date}: Check-in</translation>
    </message>
    <message>
        <source>No status changes or check-ins yet.</source>
        <translation>Noch keine Statusänderungen oder Check-ins.</translation>
    </message>
    <message>
        <source>by you</source>
        <translation>von Ihnen</translation>
    </message>
    <message>
        <source>by the handover export</source>
        <translation>durch den Übergabe-Export</translation>
    </message>
    <message>
        <source>from the assistant’s file</source>
        <translation>aus der Datei der Assistenz</translation>
    </message>
    <message>
        <source>Set status “{status}”</source>
        <translation>Status „{status}“ setzen</translation>
    </message>
    <message>
        <source>Move the next check-in</source>
        <translation>Nächsten Check-in verschieben</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>{amount}/month</source>
        <translation>{amount}/Monat</translation>
    </message>
    <message>
        <source>{hours} h/week</source>
        <translation>{hours} Std./Woche</translation>
    </message>
    <message>
        <source>{used}/{capacity} h/week</source>
        <translation>{used}/{capacity} Std./Woche</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source> h/week</source>
        <translation> Std./Woche</translation>
    </message>
</context>
<context>
    <name>Frequency</name>
    <message>
        <source>Once</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>Daily (working days)</source>
        <translation>Täglich (Werktage)</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
</context>
<context>
    <name>GroupHeader</name>
    <message>
        <source>Blockers ({count})</source>
        <translation>Blocker ({count})</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Warnungen ({count})</translation>
    </message>
    <message>
        <source>Hints ({count})</source>
        <translation>Hinweise ({count})</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import To-dos</source>
        <translation>To-dos importieren</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>der eingefügte Text</translation>
    </message>
    <message>
        <source>To-dos from {file}</source>
        <translation>To-dos aus {file}</translation>
    </message>
    <message>
        <source>To-dos from the pasted text</source>
        <translation>To-dos aus dem eingefügten Text</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Einfacher Text</translation>
    </message>
    <message>
        <source>Markdown task list</source>
        <translation>Markdown-To-do-Liste</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>&amp;Include finished to-dos</source>
        <translation>&amp;Erledigte To-dos einbeziehen</translation>
    </message>
    <message>
        <source>&amp;Title (required):</source>
        <translation>&amp;Titel (Pflicht):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minuten:</translation>
    </message>
    <message>
        <source>A&amp;ssistant:</source>
        <translation>A&amp;ssistenz:</translation>
    </message>
    <message>
        <source>This CSV file is not in Todoist&apos;s format. Choose which column holds what; only the title is required.</source>
        <translation>Diese CSV-Datei hat nicht das Format von Todoist. Wählen Sie, welche Spalte was enthält; nur der Titel ist Pflicht.</translation>
    </message>
    <message>
        <source>&amp;Show Preview</source>
        <translation>&amp;Vorschau anzeigen</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected rows; Ctrl+A selects them all.</source>
        <translation>Die Leertaste hakt die ausgewählten Zeilen an oder ab; Strg+A wählt alle aus.</translation>
    </message>
    <message>
        <source>Detected: {format}</source>
        <translation>Erkannt: {format}</translation>
    </message>
    <message>
        <source>Import finished to-dos as archived instead of skipping them.</source>
        <translation>Erledigte To-dos archiviert importieren, statt sie zu überspringen.</translation>
    </message>
    <message>
        <source>Only todo.txt, iCalendar and Markdown task lists mark to-dos as finished.</source>
        <translation>Nur todo.txt, iCalendar und Markdown-To-do-Listen kennzeichnen To-dos als erledigt.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n to-do(s)…</source>
        <translation>
            <numerusform>%n To-do wird importiert …</numerusform>
            <numerusform>%n To-dos werden importiert …</numerusform>
        </translation>
    </message>
    <message>
        <source>The to-dos could not be stored: {error}; nothing was imported.</source>
        <translation>Die To-dos konnten nicht gespeichert werden: {error}; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>To-dos to import</source>
        <translation>Zu importierende To-dos</translation>
    </message>
    <message>
        <source>&amp;Cancel Reading</source>
        <translation>Lesen a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Reading the to-dos…</source>
        <translation>Die To-dos werden gelesen …</translation>
    </message>
    <message>
        <source>{file} could not be checked for duplicates: {error}</source>
        <translation>{file} konnte nicht auf Duplikate geprüft werden: {error}</translation>
    </message>
    <message>
        <source>No to-dos to import in {file}.</source>
        <translation>In {file} gibt es keine To-dos zu importieren.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importieren)</translation>
    </message>
    <message>
        <source>(unnamed column)</source>
        <translation>(Spalte ohne Namen)</translation>
    </message>
    <message>
        <source>Map the columns, then show the preview.</source>
        <translation>Ordnen Sie die Spalten zu und zeigen Sie dann die Vorschau an.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {reason}; nothing was imported.</source>
        <translation>{file}, Zeile {line}: {reason}; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>{file}: {reason}; nothing was imported.</source>
        <translation>{file}: {reason}; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>{file} could not be read: {error}; nothing was imported.</source>
        <translation>{file} konnte nicht gelesen werden: {error}; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Status changes from the assistant</source>
        <translation>Statusänderungen von der Assistenz</translation>
    </message>
    <message>
        <source>New to-dos</source>
        <translation>Neue To-dos</translation>
    </message>
    <message>
        <source>Reading cancelled; nothing was imported.</source>
        <translation>Lesen abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>{reason}: {count}</source>
        <translation>{reason}: {count}</translation>
    </message>
    <message>
        <source>Skipped — {counts}</source>
        <translation>Übersprungen – {counts}</translation>
    </message>
    <message>
        <source>Status changes: {changes} · new to-dos: {ticked} of {total} ticked · likely duplicates: {duplicates}</source>
        <translation>Statusänderungen: {changes} · neue To-dos: {ticked} von {total} angehakt · wahrscheinlich doppelt: {duplicates}</translation>
    </message>
    <message>
        <source>{ticked} of {total} ticked · likely duplicates: {duplicates}</source>
        <translation>{ticked} von {total} angehakt · wahrscheinlich doppelt: {duplicates}</translation>
    </message>
    <message numerus="yes">
        <source>Import %n change(s)</source>
        <translation>
            <numerusform>%n Änderung importieren</numerusform>
            <numerusform>%n Änderungen importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n to-do(s)</source>
        <translation>
            <numerusform>%n To-do importieren</numerusform>
            <numerusform>%n To-dos importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n change(s)…</source>
        <translation>
            <numerusform>%n Änderung wird importiert …</numerusform>
            <numerusform>%n Änderungen werden importiert …</numerusform>
        </translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Statusänderungen</translation>
    </message>
</context>
<context>
    <name>ImportError</name>
    <message>
        <source>not a text file (it holds a NUL byte)</source>
        <translation>keine Textdatei (sie enthält ein NUL-Byte)</translation>
    </message>
    <message>
        <source>not valid {encoding}</source>
        <translation>kein gültiges {encoding}</translation>
    </message>
    <message>
        <source>not valid CSV: {detail}</source>
        <translation>kein gültiges CSV: {detail}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>not a Todoist CSV: the header must start with TYPE,CONTENT</source>
        <translation>keine Todoist-CSV-Datei: die Kopfzeile muss mit TYPE,CONTENT beginnen</translation>
    </message>
    <message>
        <source>the row has {cells} cells, the header {columns}</source>
        <translation>die Zeile hat {cells} Zellen, die Kopfzeile {columns}</translation>
    </message>
    <message>
        <source>the TYPE cell is empty</source>
        <translation>die Zelle TYPE ist leer</translation>
    </message>
    <message>
        <source>unknown TYPE {value}</source>
        <translation>unbekannter TYPE {value}</translation>
    </message>
    <message>
        <source>PRIORITY must be 1 to 4, not {value}</source>
        <translation>PRIORITY muss 1 bis 4 sein, nicht {value}</translation>
    </message>
    <message>
        <source>unknown DURATION_UNIT {value}</source>
        <translation>unbekannte DURATION_UNIT {value}</translation>
    </message>
    <message>
        <source>{column} must be a whole number, not {value}</source>
        <translation>{column} muss eine ganze Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <source>there is no column {column}</source>
        <translation>es gibt keine Spalte {column}</translation>
    </message>
    <message>
        <source>column {column}: {value} is not a date</source>
        <translation>Spalte {column}: {value} ist kein Datum</translation>
    </message>
    <message>
        <source>column {column}: {value} is not a priority</source>
        <translation>Spalte {column}: {value} ist keine Priorität</translation>
    </message>
    <message>
        <source>column {column}: {value} is not a number of minutes</source>
        <translation>Spalte {column}: {value} ist keine Minutenzahl</translation>
    </message>
    <message>
        <source>not an iCalendar file: it must start with BEGIN:VCALENDAR</source>
        <translation>keine iCalendar-Datei: sie muss mit BEGIN:VCALENDAR beginnen</translation>
    </message>
    <message>
        <source>not an iCalendar file</source>
        <translation>keine iCalendar-Datei</translation>
    </message>
    <message>
        <source>not valid iCalendar content</source>
        <translation>kein gültiger iCalendar-Inhalt</translation>
    </message>
    <message>
        <source>cannot read the to-do: {detail}</source>
        <translation>das To-do kann nicht gelesen werden: {detail}</translation>
    </message>
    <message>
        <source>{field} {value} is not a valid date, time or duration</source>
        <translation>{field} {value} ist kein gültiges Datum, keine gültige Uhrzeit und keine gültige Dauer</translation>
    </message>
    <message>
        <source>{field} {value} is not a value iCalendar allows there</source>
        <translation>{field} {value} ist kein Wert, den iCalendar dort erlaubt</translation>
    </message>
    <message>
        <source>BEGIN:{component} has no END:{component} (is the file cut short?)</source>
        <translation>BEGIN:{component} hat kein END:{component} (ist die Datei abgeschnitten?)</translation>
    </message>
    <message>
        <source>{field} {value} is not a time per occurrence from 0 to {limit} minutes (a week)</source>
        <translation>{field} {value} ist keine Zeit pro Durchgang von 0 bis {limit} Minuten (eine Woche)</translation>
    </message>
    <message>
        <source>larger than {limit}, the most an import reads</source>
        <translation>größer als {limit}; mehr liest ein Import nicht</translation>
    </message>
    <message>
        <source>a folder, not a file</source>
        <translation>ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>a named pipe, not a file; save what it holds to a file first</source>
        <translation>eine benannte Pipe, keine Datei; speichern Sie ihren Inhalt zuerst in einer Datei</translation>
    </message>
    <message>
        <source>a device, not a file</source>
        <translation>ein Gerät, keine Datei</translation>
    </message>
    <message>
        <source>a socket, not a file</source>
        <translation>ein Socket, keine Datei</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>due date {value} is not a date (YYYY-MM-DD)</source>
        <translation>Fälligkeitsdatum {value} ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>not Todoist&apos;s format; map its columns in the import dialog</source>
        <translation>nicht im Todoist-Format; ordnen Sie die Spalten im Importdialog zu</translation>
    </message>
</context>
<context>
    <name>ImportSkipped</name>
    <message>
        <source>done</source>
        <translation>bereits erledigt</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>events</source>
        <translation>Kalendertermine</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>note without a task</source>
        <translation>Notizen ohne To-do</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>doppelt</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
</context>
<context>
    <name>IntroDialog</name>
    <message>
        <source>Welcome to Delegator</source>
        <translation>Willkommen bei Delegator</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Ready to hand over work?</source>
        <translation>Bereit, Arbeit abzugeben?</translation>
    </message>
    <message>
        <source>An assistant can take a lot off your desk, but only when you are ready for it. Delegator helps you get there with three questions:</source>
        <translation>Eine Assistenz kann Ihnen viel abnehmen – aber nur, wenn Sie dafür bereit sind. Delegator hilft Ihnen mit drei Fragen dabei:</translation>
    </message>
    <message>
        <source>Do I know what I expect?</source>
        <translation>Weiß ich, was ich erwarte?</translation>
    </message>
    <message>
        <source>Which tasks, which skills, how many hours a week, what budget, and how you will tell that a task was done well.</source>
        <translation>Welche Aufgaben, welche Fähigkeiten, wie viele Stunden pro Woche, welches Budget – und woran Sie erkennen, dass eine Aufgabe gut erledigt ist.</translation>
    </message>
    <message>
        <source>Am I a reliable client?</source>
        <translation>Bin ich ein verlässlicher Auftraggeber?</translation>
    </message>
    <message>
        <source>Clear written instructions, time to answer questions, agreed hours, and enough time for every task.</source>
        <translation>Klare schriftliche Anweisungen, Zeit für Rückfragen, vereinbarte Zeiten und genug Zeit für jede Aufgabe.</translation>
    </message>
    <message>
        <source>Can I let go?</source>
        <translation>Kann ich loslassen?</translation>
    </message>
    <message>
        <source>Trust, feedback instead of control, and a little time to get used to each other.</source>
        <translation>Vertrauen, Feedback statt Kontrolle und etwas Zeit, sich aufeinander einzuspielen.</translation>
    </message>
    <message>
        <source>From to-do to handover</source>
        <translation>Vom To-do zur Übergabe</translation>
    </message>
    <message>
        <source>Every to-do takes the same short path:</source>
        <translation>Jedes To-do geht denselben kurzen Weg:</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Write down everything that is on your mind.</source>
        <translation>Schreiben Sie alles auf, was Ihnen im Kopf herumgeht.</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Einordnen</translation>
    </message>
    <message>
        <source>Decide: keep it, or delegate it.</source>
        <translation>Entscheiden: behalten oder delegieren.</translation>
    </message>
    <message>
        <source>Describe</source>
        <translation>Beschreiben</translation>
    </message>
    <message>
        <source>Instructions, steps and when it is done.</source>
        <translation>Anweisungen, Schritte und wann es erledigt ist.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>The readiness check shows what is still missing.</source>
        <translation>Der Startklar-Check zeigt, was noch fehlt.</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Export a brief for your assistant.</source>
        <translation>Exportieren Sie ein Briefing für Ihre Assistenz.</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Check in regularly and give feedback.</source>
        <translation>Regelmäßige Check-ins und Feedback.</translation>
    </message>
    <message>
        <source>A few keys do most of the work</source>
        <translation>Wenige Tasten erledigen das meiste</translation>
    </message>
    <message>
        <source>You can do all of it with the mouse, but the keyboard is faster:</source>
        <translation>Alles geht auch mit der Maus, aber mit der Tastatur sind Sie schneller:</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>adds the to-do you typed (in the capture field)</source>
        <translation>fügt das getippte To-do hinzu (im Erfassungsfeld)</translation>
    </message>
    <message>
        <source>K / D / U</source>
        <translation>K / D / U</translation>
    </message>
    <message>
        <source>keep, delegate or leave undecided (in the list)</source>
        <translation>behalten, delegieren oder unentschieden lassen (in der Liste)</translation>
    </message>
    <message>
        <source>opens the selected to-do to describe it (in the list)</source>
        <translation>öffnet das gewählte To-do zum Beschreiben (in der Liste)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>goes back from the editor to the list</source>
        <translation>führt vom Editor zurück zur Liste</translation>
    </message>
    <message>
        <source>undoes any change</source>
        <translation>macht jede Änderung rückgängig</translation>
    </message>
    <message>
        <source>Everything is saved as you go, on this computer only.</source>
        <translation>Alles wird laufend gespeichert – nur auf diesem Computer.</translation>
    </message>
    <message>
        <source>Letting go starts in your head</source>
        <translation>Loslassen beginnt im Kopf</translation>
    </message>
    <message>
        <source>Many people who work for themselves find it hard to hand over work they have always done. The mindset check asks about five thoughts that often stand in the way. It takes two minutes, and your answers stay private.</source>
        <translation>Vielen Selbständigen fällt es schwer, Arbeit abzugeben, die sie immer selbst gemacht haben. Der Mindset-Check fragt nach fünf Gedanken, die oft im Weg stehen. Er dauert zwei Minuten, und Ihre Antworten bleiben privat.</translation>
    </message>
    <message>
        <source>Give the collaboration time to settle in. When something goes wrong, say again what you expect and give constructive feedback instead of giving up.</source>
        <translation>Geben Sie der Zusammenarbeit Zeit, sich einzuspielen. Wenn etwas schiefgeht, sagen Sie noch einmal, was Sie erwarten, und geben Sie konstruktives Feedback, statt aufzugeben.</translation>
    </message>
    <message>
        <source>You can open this introduction again from the Help menu.</source>
        <translation>Diese Einführung können Sie jederzeit über das Hilfe-Menü wieder öffnen.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Loslegen</translation>
    </message>
    <message>
        <source>{page} of {count}</source>
        <translation>{page} von {count}</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>Do exactly as written</source>
        <translation>Genau wie beschrieben erledigen</translation>
    </message>
    <message>
        <source>Research and report</source>
        <translation>Recherchieren und berichten</translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation>Empfehlen</translation>
    </message>
    <message>
        <source>Decide and inform</source>
        <translation>Entscheiden und informieren</translation>
    </message>
    <message>
        <source>Act on your own</source>
        <translation>Eigenständig handeln</translation>
    </message>
    <message>
        <source>Follow the instructions step by step; ask before deviating.</source>
        <translation>Folgen Sie der Anleitung Schritt für Schritt; fragen Sie, bevor Sie abweichen.</translation>
    </message>
    <message>
        <source>Find out the facts and report them; I decide.</source>
        <translation>Finden Sie die Fakten heraus und berichten Sie; ich entscheide.</translation>
    </message>
    <message>
        <source>Propose what to do, with reasons; I decide.</source>
        <translation>Schlagen Sie mit Begründung vor, was zu tun ist; ich entscheide.</translation>
    </message>
    <message>
        <source>Decide and act, then tell me what you did.</source>
        <translation>Entscheiden und handeln Sie, und sagen Sie mir danach, was Sie getan haben.</translation>
    </message>
    <message>
        <source>Handle it completely; no need to report each time.</source>
        <translation>Erledigen Sie es vollständig; Sie müssen nicht jedes Mal berichten.</translation>
    </message>
</context>
<context>
    <name>ListColumns</name>
    <message>
        <source>All to-dos of this view have the same value here.</source>
        <translation>Alle To-dos dieser Ansicht haben hier denselben Wert.</translation>
    </message>
    <message>
        <source>Default Columns</source>
        <translation>Standardspalten</translation>
    </message>
</context>
<context>
    <name>ListController</name>
    <message numerus="yes">
        <source>Mark %n to-do(s) “{status}”</source>
        <translation>
            <numerusform>%n To-do als „{status}“ markieren</numerusform>
            <numerusform>%n To-dos als „{status}“ markieren</numerusform>
        </translation>
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
        <source>Readiness</source>
        <translation>Startklar-Check</translation>
    </message>
    <message>
        <source>Am I ready to delegate? Open the readiness check.</source>
        <translation>Bin ich startklar zum Delegieren? Den Startklar-Check öffnen.</translation>
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
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>Import from &amp;Clipboard…</source>
        <translation>Aus der &amp;Zwischenablage importieren …</translation>
    </message>
    <message>
        <source>&amp;Export Handover…</source>
        <translation>Übergabe &amp;exportieren …</translation>
    </message>
    <message>
        <source>Check-in &amp;Agenda…</source>
        <translation>Check-in-&amp;Agenda …</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Restore Bac&amp;kup…</source>
        <translation>Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>Export &amp;Whole Plan…</source>
        <translation>&amp;Ganzen Plan exportieren …</translation>
    </message>
    <message>
        <source>&amp;Open Plan Archive…</source>
        <translation>&amp;Planarchiv öffnen …</translation>
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
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>De&amp;scribe</source>
        <translation>&amp;Beschreiben</translation>
    </message>
    <message>
        <source>Back to the &amp;List</source>
        <translation>Zurück zur &amp;Liste</translation>
    </message>
    <message>
        <source>&amp;Delete to Archive</source>
        <translation>&amp;Archivieren</translation>
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
        <source>&amp;Handed Over</source>
        <translation>Ü&amp;bergeben</translation>
    </message>
    <message>
        <source>In &amp;Progress</source>
        <translation>In &amp;Arbeit</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Needs &amp;Rework</source>
        <translation>&amp;Nacharbeit nötig</translation>
    </message>
    <message>
        <source>&amp;Open (Not Handed Over)</source>
        <translation>&amp;Offen (nicht übergeben)</translation>
    </message>
    <message>
        <source>Complete Check-&amp;in…</source>
        <translation>Check-&amp;in abschließen …</translation>
    </message>
    <message>
        <source>Save Description as &amp;Template…</source>
        <translation>Beschreibung als &amp;Vorlage speichern …</translation>
    </message>
    <message>
        <source>Appl&amp;y Template…</source>
        <translation>Vorlage an&amp;wenden…</translation>
    </message>
    <message>
        <source>Describe Delegated To-dos in a Ro&amp;w…</source>
        <translation>Delegierte To-dos &amp;nacheinander beschreiben …</translation>
    </message>
    <message>
        <source>Mana&amp;ge Templates…</source>
        <translation>Vorlagen verw&amp;alten …</translation>
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
        <source>Log &amp;Feedback…</source>
        <translation>&amp;Feedback notieren …</translation>
    </message>
    <message>
        <source>&amp;Changes Since Handover…</source>
        <translation>Ände&amp;rungen seit der Übergabe …</translation>
    </message>
    <message>
        <source>Review Settling-in &amp;Period…</source>
        <translation>&amp;Eingewöhnungszeit auswerten …</translation>
    </message>
    <message>
        <source>&amp;Mindset Check…</source>
        <translation>&amp;Mindset-Check …</translation>
    </message>
    <message>
        <source>&amp;Introduction</source>
        <translation>&amp;Einführung</translation>
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
        <source>New from Te&amp;mplate</source>
        <translation>Neu aus V&amp;orlage</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>&amp;Status</translation>
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
        <source>Delegate to {name}</source>
        <translation>An {name} delegieren</translation>
    </message>
    <message>
        <source>My templates</source>
        <translation>Meine Vorlagen</translation>
    </message>
    <message>
        <source>New to-do from template</source>
        <translation>Neues To-do aus Vorlage</translation>
    </message>
    <message>
        <source>To-do lists ({patterns});;All files (*)</source>
        <translation>To-do-Listen ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>the decision “delegate”</source>
        <translation>die Entscheidung „delegieren“</translation>
    </message>
    <message>
        <source>Filled from “{name}”: {fields}. Please review them.</source>
        <translation>Aus „{name}“ ausgefüllt: {fields}. Bitte prüfen Sie diese Angaben.</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>Name der Vorlage:</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>Vorlage gespeichert.</translation>
    </message>
    <message>
        <source>Assign to-dos</source>
        <translation>To-dos zuweisen</translation>
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
        <source>Readiness: {verdict}</source>
        <translation>Startklar-Check: {verdict}</translation>
    </message>
    <message>
        <source>Import To-dos</source>
        <translation>To-dos importieren</translation>
    </message>
    <message>
        <source>No to-do matches “{query}”.</source>
        <translation>Kein To-do passt zu „{query}“.</translation>
    </message>
    <message>
        <source>Your plan is empty. Type a to-do above and press Enter, import a list, or load the demo plan to try things out.</source>
        <translation>Ihr Plan ist leer. Tippen Sie oben ein To-do ein und drücken Sie Enter, importieren Sie eine Liste oder laden Sie den Demo-Plan zum Ausprobieren.</translation>
    </message>
    <message>
        <source>The inbox is empty. Type a to-do above and press Enter, or paste a whole list.</source>
        <translation>Der Eingang ist leer. Tippen Sie oben ein To-do ein und drücken Sie Enter, oder fügen Sie eine ganze Liste ein.</translation>
    </message>
    <message>
        <source>Nothing is due for a check-in. Delegated work appears here on its check-in day.</source>
        <translation>Kein Check-in ist fällig. Delegierte Arbeit erscheint hier an ihrem Check-in-Tag.</translation>
    </message>
    <message>
        <source>Nothing is done yet. Mark finished work done with Ctrl+Enter; it leaves the other views and waits here.</source>
        <translation>Noch ist nichts erledigt. Markieren Sie fertige Arbeit mit Strg+Enter als erledigt; sie verschwindet dann aus den anderen Ansichten und wartet hier.</translation>
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
    <message>
        <source>Your plan is back as it was before the restore.</source>
        <translation>Ihr Plan ist wieder so wie vor dem Wiederherstellen.</translation>
    </message>
    <message>
        <source>Restored the backup from {when} again.</source>
        <translation>Die Sicherung vom {when} wurde erneut wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restored the backup from {when}.</source>
        <translation>Die Sicherung vom {when} wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>The backup {name} cannot be used ({detail}). Your plan is unchanged.</source>
        <translation>Die Sicherung {name} kann nicht verwendet werden ({detail}). Ihr Plan ist unverändert.</translation>
    </message>
    <message>
        <source>The backup could not be restored ({detail}). Your plan is unchanged.</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden ({detail}). Ihr Plan ist unverändert.</translation>
    </message>
    <message>
        <source>Not Restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>The plan could not be switched ({detail}). Nothing was changed.</source>
        <translation>Der Plan konnte nicht gewechselt werden ({detail}). Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Delegator plan {date}.zip</source>
        <translation>Delegator-Plan {date}.zip</translation>
    </message>
    <message>
        <source>Export Whole Plan</source>
        <translation>Ganzen Plan exportieren</translation>
    </message>
    <message>
        <source>A file named {name} is already in {folder}. Replace it?</source>
        <translation>In {folder} gibt es bereits eine Datei namens {name}. Ersetzen?</translation>
    </message>
    <message>
        <source>Open Plan Archive</source>
        <translation>Planarchiv öffnen</translation>
    </message>
    <message>
        <source>Plan archives (*.zip);;All files (*)</source>
        <translation>Planarchive (*.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Your plan is back as it was before the plan archive was opened.</source>
        <translation>Ihr Plan ist wieder so wie vor dem Öffnen des Planarchivs.</translation>
    </message>
    <message>
        <source>Opened the plan archive {name} again.</source>
        <translation>Das Planarchiv {name} wurde erneut geöffnet.</translation>
    </message>
    <message>
        <source>Opened the plan archive {name}.</source>
        <translation>Das Planarchiv {name} wurde geöffnet.</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Show how the instructions will look, below the text</source>
        <translation>Zeigt unter dem Text, wie die Anleitung aussehen wird</translation>
    </message>
</context>
<context>
    <name>MindsetDialog</name>
    <message>
        <source>Mindset Check</source>
        <translation>Mindset-Check</translation>
    </message>
    <message>
        <source>Can I let go?</source>
        <translation>Kann ich loslassen?</translation>
    </message>
    <message>
        <source>Handing over work you have always done yourself is hard. Five thoughts often stand in the way. How much does each one sound like you today? There are no wrong answers: an honest “agree” shows where to start.</source>
        <translation>Arbeit abzugeben, die man immer selbst gemacht hat, ist schwer. Fünf Gedanken stehen dabei oft im Weg. Wie sehr klingt jeder davon heute nach Ihnen? Es gibt keine falschen Antworten: Ein ehrliches „trifft zu“ zeigt, wo Sie anfangen können.</translation>
    </message>
    <message>
        <source>Private: your answers stay on this computer. They never appear in a brief or any other export.</source>
        <translation>Privat: Ihre Antworten bleiben auf diesem Computer. Sie erscheinen nie in einem Briefing oder einem anderen Export.</translation>
    </message>
    <message>
        <source>Your last check was on {date}. Next to each statement you see how your answer has changed since then.</source>
        <translation>Ihr letzter Check war am {date}. Neben jeder Aussage sehen Sie, wie sich Ihre Antwort seitdem verändert hat.</translation>
    </message>
    <message>
        <source>This is your first check. Take it again after a few weeks of working together to see what has changed.</source>
        <translation>Das ist Ihr erster Check. Machen Sie ihn nach einigen Wochen Zusammenarbeit noch einmal, um zu sehen, was sich verändert hat.</translation>
    </message>
    <message>
        <source>With thoughts like these, even a very good assistant honestly has little chance to meet your expectations. Start with the hints above; the readiness check reminds you of them until your answers change.</source>
        <translation>Mit solchen Gedanken hat ehrlicherweise selbst eine sehr gute Assistenz kaum eine Chance, Ihre Erwartungen zu erfüllen. Fangen Sie mit den Hinweisen oben an; der Startklar-Check erinnert Sie daran, bis sich Ihre Antworten ändern.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Answer all five statements to save.</source>
        <translation>Beantworten Sie alle fünf Aussagen, um zu speichern.</translation>
    </message>
    <message>
        <source>Strongly disagree</source>
        <translation>Trifft gar nicht zu</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Trifft eher nicht zu</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Teils, teils</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Trifft eher zu</translation>
    </message>
    <message>
        <source>Strongly agree</source>
        <translation>Trifft voll zu</translation>
    </message>
    <message>
        <source>I do it best myself.</source>
        <translation>Ich erledige das selbst am besten.</translation>
    </message>
    <message>
        <source>I don&apos;t want to explain it.</source>
        <translation>Ich habe keine Lust, das jemandem zu erklären.</translation>
    </message>
    <message>
        <source>I don&apos;t want to give feedback.</source>
        <translation>Ich habe keine Lust, Feedback zu geben.</translation>
    </message>
    <message>
        <source>Handing over costs me more time, money and stress in the end.</source>
        <translation>Das Abgeben kostet mich am Ende mehr Zeit, Geld und Stress.</translation>
    </message>
    <message>
        <source>I must check every single step.</source>
        <translation>Ich muss jeden einzelnen Arbeitsschritt kontrollieren.</translation>
    </message>
    <message>
        <source>Maybe you do it best today, after years of practice. Give yourself and your assistant a settling-in period, and write down what “good” looks like so someone else can get there too.</source>
        <translation>Vielleicht können Sie es heute am besten – nach Jahren der Übung. Geben Sie sich und Ihrer Assistenz eine Einarbeitungszeit und schreiben Sie auf, was „gut“ bedeutet, damit auch jemand anderes dorthin kommt.</translation>
    </message>
    <message>
        <source>Explain it once, in writing: goal, steps and when it is done. After that the task leaves your desk for good, and a template makes the next one quicker.</source>
        <translation>Erklären Sie es einmal, schriftlich: Ziel, Schritte und wann es erledigt ist. Danach ist die Aufgabe dauerhaft von Ihrem Tisch, und mit einer Vorlage geht die nächste schneller.</translation>
    </message>
    <message>
        <source>Feedback is how your assistant learns what you expect. Schedule a weekly check-in in your agreements and keep it short: what went well, what should change.</source>
        <translation>Über Feedback lernt Ihre Assistenz, was Sie erwarten. Legen Sie in Ihren Arbeitsabsprachen einen wöchentlichen Check-in fest und halten Sie ihn kurz: Was lief gut, was soll sich ändern?</translation>
    </message>
    <message>
        <source>The first weeks do cost extra time. Plan for them, and when something goes wrong, do not end the collaboration: say again what you expect and give constructive feedback.</source>
        <translation>Die ersten Wochen kosten tatsächlich zusätzliche Zeit. Planen Sie sie ein, und beenden Sie die Zusammenarbeit nicht, wenn etwas schiefgeht: Sagen Sie noch einmal, was Sie erwarten, und geben Sie konstruktives Feedback.</translation>
    </message>
    <message>
        <source>Agree checkpoints and “done when” criteria for each task, and check the result against them instead of controlling every step.</source>
        <translation>Vereinbaren Sie für jede Aufgabe Zwischenstände und „Erledigt, wenn“-Kriterien und prüfen Sie das Ergebnis daran, statt jeden Schritt zu kontrollieren.</translation>
    </message>
    <message>
        <source>Agree with a statement and advice for it appears here.</source>
        <translation>Stimmen Sie einer Aussage zu, erscheint hier ein Rat dazu.</translation>
    </message>
    <message>
        <source>Earlier checks</source>
        <translation>Frühere Checks</translation>
    </message>
    <message>
        <source>{date}: {agreed} of 5 statements agreed</source>
        <translation>{date}: {agreed} von 5 Aussagen zugestimmt</translation>
    </message>
    <message>
        <source>last time: {before}</source>
        <translation>zuletzt: {before}</translation>
    </message>
    <message>
        <source>was {before}, now {now} ↓</source>
        <translation>vorher {before}, jetzt {now} ↓</translation>
    </message>
    <message>
        <source>was {before}, now {now} ↑</source>
        <translation>vorher {before}, jetzt {now} ↑</translation>
    </message>
    <message>
        <source>unchanged at {now}</source>
        <translation>unverändert bei {now}</translation>
    </message>
    <message>
        <source>Take the mindset check</source>
        <translation>Mindset-Check machen</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>OptionalDoubleSpinBox</name>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>OptionalSpinBox</name>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>OptionalTimeRange</name>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>PillarCard</name>
    <message>
        <source>Do I know what I expect?</source>
        <translation>Weiß ich, was ich erwarte?</translation>
    </message>
    <message>
        <source>Am I a reliable client?</source>
        <translation>Bin ich ein verlässlicher Auftraggeber?</translation>
    </message>
    <message>
        <source>Can I let go?</source>
        <translation>Kann ich loslassen?</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>To-do</source>
        <translation>To-do</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <source>Likely duplicate</source>
        <translation>Wahrscheinlich doppelt</translation>
    </message>
    <message>
        <source>Finished (archived)</source>
        <translation>Erledigt (archiviert)</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Return</source>
        <translation>Eingabe</translation>
    </message>
</context>
<context>
    <name>RatingPicker</name>
    <message>
        <source>Far from the result I expected</source>
        <translation>Weit entfernt vom erwarteten Ergebnis</translation>
    </message>
    <message>
        <source>Below the result I expected</source>
        <translation>Unter dem erwarteten Ergebnis</translation>
    </message>
    <message>
        <source>Partly the result I expected</source>
        <translation>Teilweise das erwartete Ergebnis</translation>
    </message>
    <message>
        <source>The result I expected</source>
        <translation>Das erwartete Ergebnis</translation>
    </message>
    <message>
        <source>Better than I expected</source>
        <translation>Besser als erwartet</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>{rating} of 5: {meaning}</source>
        <translation>{rating} von 5: {meaning}</translation>
    </message>
    <message>
        <source>Choose 1 to 5</source>
        <translation>1 bis 5 wählen</translation>
    </message>
</context>
<context>
    <name>ReachabilityWeek</name>
    <message>
        <source>Add a time on {day}</source>
        <translation>Zeit am {day} hinzufügen</translation>
    </message>
    <message>
        <source>Remove a time on {day}</source>
        <translation>Zeit am {day} entfernen</translation>
    </message>
    <message>
        <source>Same as Monday for all weekdays</source>
        <translation>Für alle Werktage wie Montag</translation>
    </message>
    <message>
        <source>Tuesday to Friday get Monday&apos;s times; the weekend stays as it is.</source>
        <translation>Dienstag bis Freitag erhalten die Zeiten vom Montag; das Wochenende bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>The end must be after the start. Not saved.</source>
        <translation>Das Ende muss nach dem Beginn liegen. Nicht gespeichert.</translation>
    </message>
    <message>
        <source>This overlaps {window} on the same day. Not saved.</source>
        <translation>Das überschneidet sich mit {window} am selben Tag. Nicht gespeichert.</translation>
    </message>
    <message>
        <source>Remove {window}</source>
        <translation>{window} entfernen</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>No to-do is marked delegate yet.</source>
        <translation>Noch kein To-do ist zum Delegieren markiert.</translation>
    </message>
    <message>
        <source>Without knowing which tasks to hand over you can neither choose an assistant nor judge their work.</source>
        <translation>Ohne zu wissen, welche Aufgaben Sie abgeben, können Sie weder eine Assistenz auswählen noch ihre Arbeit bewerten.</translation>
    </message>
    <message>
        <source>Sort your to-dos: press D on those someone else could do.</source>
        <translation>Sortieren Sie Ihre To-dos: Drücken Sie D bei denen, die jemand anderes erledigen könnte.</translation>
    </message>
    <message>
        <source>“{name}” has no instructions and no steps.</source>
        <translation>„{name}“ hat weder eine Anleitung noch Schritte.</translation>
    </message>
    <message>
        <source>Clear written instructions are the first duty of a reliable client.</source>
        <translation>Klare schriftliche Anweisungen sind die erste Pflicht eines verlässlichen Auftraggebers.</translation>
    </message>
    <message>
        <source>Write down the goal and the steps, as if for someone new.</source>
        <translation>Schreiben Sie Ziel und Schritte auf, als wäre die Person neu.</translation>
    </message>
    <message>
        <source>“{name}” has no “done when” criteria.</source>
        <translation>„{name}“ hat keine „Erledigt, wenn“-Kriterien.</translation>
    </message>
    <message>
        <source>Without criteria you can only judge the result by feeling.</source>
        <translation>Ohne Kriterien können Sie das Ergebnis nur nach Gefühl bewerten.</translation>
    </message>
    <message>
        <source>Add one or two checks that say when the task is done well.</source>
        <translation>Ergänzen Sie ein, zwei Prüfpunkte, die sagen, wann die Aufgabe gut erledigt ist.</translation>
    </message>
    <message>
        <source>“{name}” names no required skills.</source>
        <translation>„{name}“ nennt keine benötigten Fähigkeiten.</translation>
    </message>
    <message>
        <source>Knowing the skills a task needs is how you pick the right assistant.</source>
        <translation>Wer die nötigen Fähigkeiten kennt, findet die passende Assistenz.</translation>
    </message>
    <message>
        <source>Add the skills the task needs, e.g. Canva or bookkeeping.</source>
        <translation>Ergänzen Sie die nötigen Fähigkeiten, z. B. Canva oder Buchhaltung.</translation>
    </message>
    <message>
        <source>“{name}” has no estimate (how often and how long).</source>
        <translation>„{name}“ hat keine Schätzung (wie oft und wie lange).</translation>
    </message>
    <message>
        <source>Hours per week decide how much help you need and what it costs.</source>
        <translation>Die Stunden pro Woche entscheiden, wie viel Hilfe Sie brauchen und was sie kostet.</translation>
    </message>
    <message>
        <source>Set how often it happens and how long it takes each time.</source>
        <translation>Legen Sie fest, wie oft es anfällt und wie lange es jedes Mal dauert.</translation>
    </message>
    <message>
        <source>No monthly budget is set.</source>
        <translation>Es ist kein Monatsbudget festgelegt.</translation>
    </message>
    <message>
        <source>Know what you are ready to invest before you look for help.</source>
        <translation>Wissen Sie, was Sie investieren möchten, bevor Sie Hilfe suchen.</translation>
    </message>
    <message>
        <source>Enter a monthly budget in My Agreements.</source>
        <translation>Tragen Sie unter „Meine Arbeitsabsprachen“ ein Monatsbudget ein.</translation>
    </message>
    <message>
        <source>The delegated work costs about {cost} a month, above your budget of {budget}.</source>
        <translation>Die delegierte Arbeit kostet etwa {cost} pro Monat, mehr als Ihr Budget von {budget}.</translation>
    </message>
    <message>
        <source>An assistant you cannot pay for long is no relief.</source>
        <translation>Eine Assistenz, die Sie nicht lange bezahlen können, ist keine Entlastung.</translation>
    </message>
    <message>
        <source>Raise the budget, shorten estimates, or keep some tasks for now.</source>
        <translation>Erhöhen Sie das Budget, kürzen Sie Schätzungen oder behalten Sie vorerst einige Aufgaben.</translation>
    </message>
    <message>
        <source>A clear overview of your tasks is part of being organised.</source>
        <translation>Ein klarer Überblick über Ihre Aufgaben gehört dazu, organisiert zu sein.</translation>
    </message>
    <message>
        <source>Triage the inbox: K keeps, D delegates.</source>
        <translation>Sortieren Sie den Eingang: K behält, D delegiert.</translation>
    </message>
    <message>
        <source>Tasks, skills and hours are the profile you choose a provider by.</source>
        <translation>Aufgaben, Fähigkeiten und Stunden sind das Profil, nach dem Sie einen Dienstleister wählen.</translation>
    </message>
    <message>
        <source>Assign them, or send them as a requirements profile to candidates.</source>
        <translation>Weisen Sie sie zu oder schicken Sie sie als Anforderungsprofil an Kandidaten.</translation>
    </message>
    <message>
        <source>“{name}” was rated {rating} of 5 on {given_on}, and its instructions have not changed since.</source>
        <translation>„{name}“ wurde am {given_on} mit {rating} von 5 bewertet, und die Anleitung ist seitdem unverändert.</translation>
    </message>
    <message>
        <source>When a result disappoints, the cause is often an expectation that was never written down. Restate what you expect instead of ending the collaboration.</source>
        <translation>Enttäuscht ein Ergebnis, steckt oft eine Erwartung dahinter, die nie aufgeschrieben wurde. Sagen Sie noch einmal, was Sie erwarten, statt die Zusammenarbeit zu beenden.</translation>
    </message>
    <message>
        <source>Restate what you expect: describe the result you want, one thing at a time, in the instructions or the “done when” list.</source>
        <translation>Sagen Sie noch einmal, was Sie erwarten: Beschreiben Sie das gewünschte Ergebnis in der Anleitung oder der „Erledigt, wenn“-Liste – immer nur eine Sache auf einmal.</translation>
    </message>
    <message>
        <source>No contact channel is set.</source>
        <translation>Es ist kein Kontaktweg festgelegt.</translation>
    </message>
    <message>
        <source>Your assistant must be able to reach you with questions.</source>
        <translation>Ihre Assistenz muss Sie bei Rückfragen erreichen können.</translation>
    </message>
    <message>
        <source>Add an email address, phone number or chat in My Agreements.</source>
        <translation>Tragen Sie unter „Meine Arbeitsabsprachen“ eine E-Mail-Adresse, Telefonnummer oder einen Chat ein.</translation>
    </message>
    <message>
        <source>No times are set when you can be reached.</source>
        <translation>Es ist nicht festgelegt, wann Sie erreichbar sind.</translation>
    </message>
    <message>
        <source>Say when you answer, so questions do not wait for days.</source>
        <translation>Sagen Sie, wann Sie antworten, damit Fragen nicht tagelang warten.</translation>
    </message>
    <message>
        <source>Add your reachability windows in My Agreements.</source>
        <translation>Tragen Sie unter „Meine Arbeitsabsprachen“ Ihre Erreichbarkeitszeiten ein.</translation>
    </message>
    <message>
        <source>No response-time promise is set.</source>
        <translation>Es ist keine Antwortzeit zugesagt.</translation>
    </message>
    <message>
        <source>An assistant plans better knowing how soon you answer.</source>
        <translation>Eine Assistenz plant besser, wenn sie weiß, wie schnell Sie antworten.</translation>
    </message>
    <message>
        <source>Promise how many hours a reply may take.</source>
        <translation>Sagen Sie zu, wie viele Stunden eine Antwort dauern darf.</translation>
    </message>
    <message>
        <source>No check-in rhythm is agreed.</source>
        <translation>Es ist kein Rhythmus für Check-ins vereinbart.</translation>
    </message>
    <message>
        <source>A regular check-in is where feedback and questions find their place.</source>
        <translation>Ein regelmäßiger Check-in ist der Ort für Feedback und Fragen.</translation>
    </message>
    <message>
        <source>Choose a rhythm, e.g. weekly on Friday.</source>
        <translation>Wählen Sie einen Rhythmus, z. B. wöchentlich am Freitag.</translation>
    </message>
    <message>
        <source>“{name}” is overdue since {since}.</source>
        <translation>„{name}“ ist seit {since} überfällig.</translation>
    </message>
    <message>
        <source>A date that has passed tells your assistant nothing about when you need it.</source>
        <translation>Ein verstrichenes Datum sagt Ihrer Assistenz nicht, wann Sie das Ergebnis brauchen.</translation>
    </message>
    <message>
        <source>Set a new, realistic due date, or archive the to-do if it is no longer needed.</source>
        <translation>Setzen Sie ein neues, realistisches Fälligkeitsdatum oder archivieren Sie das To-do, wenn es nicht mehr nötig ist.</translation>
    </message>
    <message>
        <source>Agree checkpoints and “done when” criteria instead of checking every step.</source>
        <translation>Vereinbaren Sie Zwischenstände und „Erledigt, wenn“-Kriterien, statt jeden Schritt zu kontrollieren.</translation>
    </message>
    <message numerus="yes">
        <source>%n to-do(s) still undecided.</source>
        <translation>
            <numerusform>%n To-do ist noch nicht entschieden.</numerusform>
            <numerusform>%n To-dos sind noch nicht entschieden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegated to-do(s) without an assistant yet.</source>
        <translation>
            <numerusform>%n delegiertes To-do hat noch keine Assistenz.</numerusform>
            <numerusform>%n delegierte To-dos haben noch keine Assistenz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{name}” is due sooner than the %n day(s) it needs.</source>
        <translation>
            <numerusform>„{name}“ ist früher fällig als der %n Tag, den es braucht.</numerusform>
            <numerusform>„{name}“ ist früher fällig als die %n Tage, die es braucht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{name}” was rated well %n time(s) at delegation level {level}: {ratings}.</source>
        <translation>
            <numerusform>„{name}“ wurde auf Delegationsstufe {level} bereits %n-mal gut bewertet: {ratings}.</numerusform>
            <numerusform>„{name}“ wurde auf Delegationsstufe {level} bereits %n-mal gut bewertet: {ratings}.</numerusform>
        </translation>
    </message>
    <message>
        <source>You agreed: “{statement}”</source>
        <translation>Zugestimmt: „{statement}“</translation>
    </message>
    <message>
        <source>Your assistant needs enough time to do the work well.</source>
        <translation>Ihre Assistenz braucht genug Zeit, um die Arbeit gut zu erledigen.</translation>
    </message>
    <message>
        <source>Move the due date, or shorten the lead time if that is realistic.</source>
        <translation>Verschieben Sie die Fälligkeit oder verkürzen Sie den Vorlauf, wenn das realistisch ist.</translation>
    </message>
    <message>
        <source>{name} has {hours} h a week assigned but {capacity} h of capacity.</source>
        <translation>{name} hat {hours} Std. pro Woche zugewiesen, aber nur {capacity} Std. Kapazität.</translation>
    </message>
    <message>
        <source>Too much work at once makes even a good assistant fail.</source>
        <translation>Zu viel Arbeit auf einmal lässt auch eine gute Assistenz scheitern.</translation>
    </message>
    <message>
        <source>Raise the agreed hours, reassign tasks, or keep some.</source>
        <translation>Erhöhen Sie die vereinbarten Stunden, verteilen Sie Aufgaben um oder behalten Sie einige.</translation>
    </message>
    <message>
        <source>No working days and hours are agreed with {name}.</source>
        <translation>Mit {name} sind keine Arbeitstage und -zeiten vereinbart.</translation>
    </message>
    <message>
        <source>You both need to know when the assistant is available for you.</source>
        <translation>Sie beide müssen wissen, wann die Assistenz für Sie da ist.</translation>
    </message>
    <message>
        <source>Agree working days and hours and note them for {name}.</source>
        <translation>Vereinbaren Sie Arbeitstage und -zeiten und tragen Sie sie bei {name} ein.</translation>
    </message>
    <message>
        <source>“{name}” does not say when to ask you.</source>
        <translation>„{name}“ sagt nicht, wann man Sie fragen soll.</translation>
    </message>
    <message>
        <source>A clear “ask me when …” saves both of you guessing.</source>
        <translation>Ein klares „Fragen Sie mich, wenn …“ erspart Ihnen beiden das Raten.</translation>
    </message>
    <message>
        <source>Add an escalation rule, e.g. “ask me when a client complains”.</source>
        <translation>Ergänzen Sie eine Regel, z. B. „Fragen Sie mich, wenn sich ein Kunde beschwert“.</translation>
    </message>
    <message>
        <source>The check-in on “{name}” is due since {since}.</source>
        <translation>Der Check-in zu „{name}“ ist seit {since} fällig.</translation>
    </message>
    <message>
        <source>Handed-over work still needs you: a check-in kept on time is where questions get answered and feedback is given.</source>
        <translation>Auch übergebene Arbeit braucht Sie noch: Im pünktlichen Check-in werden Fragen beantwortet und Feedback gegeben.</translation>
    </message>
    <message>
        <source>Check in with your assistant and record it, or move the check-in to a day you will keep.</source>
        <translation>Halten Sie den Check-in mit Ihrer Assistenz ab und vermerken Sie ihn, oder verschieben Sie ihn auf einen Tag, den Sie einhalten können.</translation>
    </message>
    <message>
        <source>You have not done the mindset check yet.</source>
        <translation>Sie haben den Mindset-Check noch nicht gemacht.</translation>
    </message>
    <message>
        <source>Your own thoughts decide whether the collaboration can work.</source>
        <translation>Ihre eigenen Gedanken entscheiden, ob die Zusammenarbeit gelingen kann.</translation>
    </message>
    <message>
        <source>Take the mindset check: five statements, two minutes.</source>
        <translation>Machen Sie den Mindset-Check: fünf Aussagen, zwei Minuten.</translation>
    </message>
    <message>
        <source>Your last mindset check is more than 90 days old.</source>
        <translation>Ihr letzter Mindset-Check ist älter als 90 Tage.</translation>
    </message>
    <message>
        <source>Letting go changes with experience; see where you stand now.</source>
        <translation>Loslassen verändert sich mit der Erfahrung; sehen Sie, wo Sie jetzt stehen.</translation>
    </message>
    <message>
        <source>Take the mindset check again.</source>
        <translation>Machen Sie den Mindset-Check noch einmal.</translation>
    </message>
    <message>
        <source>With this thought an assistant has no chance to meet your expectations.</source>
        <translation>Mit diesem Gedanken hat eine Assistenz keine Chance, Ihre Erwartungen zu erfüllen.</translation>
    </message>
    <message>
        <source>Give the collaboration time to settle in; describe what “good” means instead of doing it yourself.</source>
        <translation>Geben Sie der Zusammenarbeit Zeit, sich einzuspielen; beschreiben Sie, was „gut“ heißt, statt es selbst zu machen.</translation>
    </message>
    <message>
        <source>Explaining once is what makes the task leave your desk for good.</source>
        <translation>Einmal erklärt, verlässt die Aufgabe Ihren Schreibtisch für immer.</translation>
    </message>
    <message>
        <source>Start from a template and write the instructions once.</source>
        <translation>Beginnen Sie mit einer Vorlage und schreiben Sie die Anleitung einmal auf.</translation>
    </message>
    <message>
        <source>Feedback is how an assistant learns what you expect.</source>
        <translation>Durch Feedback lernt eine Assistenz, was Sie erwarten.</translation>
    </message>
    <message>
        <source>Schedule the weekly check-in and give constructive feedback there.</source>
        <translation>Planen Sie den wöchentlichen Check-in und geben Sie dort konstruktives Feedback.</translation>
    </message>
    <message>
        <source>After a short settling-in period outsourcing is usually a gain.</source>
        <translation>Nach einer kurzen Eingewöhnung ist Auslagern meist eine Bereicherung.</translation>
    </message>
    <message>
        <source>Look at the hours freed and the money test in the triage helper.</source>
        <translation>Sehen Sie sich beim Einordnen die gewonnenen Stunden und den Geld-Test an.</translation>
    </message>
    <message>
        <source>Controlling every step leaves no room for the assistant to work.</source>
        <translation>Wer jeden Schritt kontrolliert, lässt der Assistenz keinen Raum zum Arbeiten.</translation>
    </message>
    <message>
        <source>No settling-in or trial period is set for {name}.</source>
        <translation>Für {name} ist keine Eingewöhnungs- oder Probezeit festgelegt.</translation>
    </message>
    <message>
        <source>Give yourselves time to settle in; do not end it at the first mistake.</source>
        <translation>Geben Sie sich Zeit zum Einspielen; beenden Sie es nicht beim ersten Fehler.</translation>
    </message>
    <message>
        <source>Set the end of the trial period for {name}.</source>
        <translation>Legen Sie für {name} das Ende der Probezeit fest.</translation>
    </message>
    <message>
        <source>The settling-in period with {name} ended on {trial_end} without a review.</source>
        <translation>Die Eingewöhnungszeit mit {name} endete am {trial_end}, ohne dass Sie sie ausgewertet haben.</translation>
    </message>
    <message>
        <source>Settling in takes time; looking back together on how it went decides what to keep, what to adjust and whether to go on.</source>
        <translation>Sich einzuspielen braucht Zeit; ein gemeinsamer Rückblick zeigt, was bleiben soll, was Sie anpassen und ob Sie weitermachen.</translation>
    </message>
    <message>
        <source>Review the settling-in period with {name}: continue, adjust, or end.</source>
        <translation>Werten Sie die Eingewöhnungszeit mit {name} aus: fortsetzen, anpassen oder beenden.</translation>
    </message>
    <message>
        <source>Work that keeps going well is ready for more freedom; letting go step by step builds trust on both sides.</source>
        <translation>Was dauerhaft gut läuft, ist reif für mehr Freiraum; Schritt für Schritt loszulassen stärkt das Vertrauen auf beiden Seiten.</translation>
    </message>
    <message>
        <source>Consider raising the delegation level of “{name}”. The app never changes it by itself.</source>
        <translation>Überlegen Sie, die Delegationsstufe von „{name}“ zu erhöhen. Die App ändert sie nie von selbst.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{date}: {rating}</source>
        <translation>{date}: {rating}</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Clear expectations</source>
        <translation>Klare Erwartungen</translation>
    </message>
    <message>
        <source>Reliable client</source>
        <translation>Verlässlicher Auftraggeber</translation>
    </message>
    <message>
        <source>Letting go</source>
        <translation>Loslassen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Startklar</translation>
    </message>
    <message>
        <source>Almost ready</source>
        <translation>Fast startklar</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht startklar</translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message>
        <source>Readiness</source>
        <translation>Startklar-Check</translation>
    </message>
    <message>
        <source>Take the mindset check</source>
        <translation>Mindset-Check machen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Nothing to fix. Everything the check looks at is in place.</source>
        <translation>Nichts zu beheben. Alles, was der Check prüft, ist vorhanden.</translation>
    </message>
    <message>
        <source>Readiness: {verdict}</source>
        <translation>Startklar-Check: {verdict}</translation>
    </message>
    <message numerus="yes">
        <source>Describe %n delegated to-do(s) one after another…</source>
        <translation>
            <numerusform>%n delegiertes To-do nacheinander beschreiben …</numerusform>
            <numerusform>%n delegierte To-dos nacheinander beschreiben …</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the blockers first: without them the handover cannot work.</source>
        <translation>Beheben Sie zuerst die Blocker: Ohne sie kann die Übergabe nicht gelingen.</translation>
    </message>
    <message>
        <source>Only warnings are left: you can hand over, but fixing them helps.</source>
        <translation>Nur noch Warnungen: Sie können übergeben, aber es hilft, sie zu beheben.</translation>
    </message>
    <message>
        <source>You can hand over. The hints below are optional.</source>
        <translation>Sie können übergeben. Die Hinweise unten sind freiwillig.</translation>
    </message>
    <message>
        <source>You can hand over.</source>
        <translation>Sie können übergeben.</translation>
    </message>
</context>
<context>
    <name>ResourcesTab</name>
    <message>
        <source>Links and files</source>
        <translation>Links und Dateien</translation>
    </message>
    <message>
        <source>Paste a link and press Enter</source>
        <translation>Link einfügen und Enter drücken</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Neuer Link</translation>
    </message>
    <message>
        <source>Attach &amp;File…</source>
        <translation>&amp;Datei anhängen …</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB; attach a link to it instead.</source>
        <translation>{name} ist größer als {limit} MB; hängen Sie stattdessen einen Link an.</translation>
    </message>
    <message>
        <source>{name} could not be attached: {reason}</source>
        <translation>{name} konnte nicht angehängt werden: {reason}</translation>
    </message>
    <message>
        <source>That is not a web link.</source>
        <translation>Das ist kein Web-Link.</translation>
    </message>
    <message>
        <source>Attach a File</source>
        <translation>Datei anhängen</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Anpassen</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Review Settling-in Period</source>
        <translation>Eingewöhnungszeit auswerten</translation>
    </message>
    <message>
        <source>How is the work with {name} settling in?</source>
        <translation>Wie spielt sich die Zusammenarbeit mit {name} ein?</translation>
    </message>
    <message>
        <source>Feedback so far</source>
        <translation>Bisheriges Feedback</translation>
    </message>
    <message>
        <source>Check-ins kept</source>
        <translation>Abgehaltene Check-ins</translation>
    </message>
    <message>
        <source>No check-ins kept yet.</source>
        <translation>Noch keine Check-ins abgehalten.</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Ihre Entscheidung</translation>
    </message>
    <message>
        <source>&amp;Continue as agreed</source>
        <translation>Wie vereinbart &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Adjust something and continue</source>
        <translation>Etwas &amp;anpassen und fortsetzen</translation>
    </message>
    <message>
        <source>&amp;End the collaboration</source>
        <translation>Zusammenarbeit &amp;beenden</translation>
    </message>
    <message>
        <source>What to adjust</source>
        <translation>Was angepasst werden soll</translation>
    </message>
    <message>
        <source>e.g. a check-in every week instead of every two weeks</source>
        <translation>z. B. jede Woche ein Check-in statt alle zwei Wochen</translation>
    </message>
    <message>
        <source>Ending only records your decision: nothing is archived or deleted. You may then want to archive the assistant on this page and give their to-dos to someone else. Before you end it, ask yourself whether restating what you expect could help.</source>
        <translation>„Beenden“ hält nur Ihre Entscheidung fest: Nichts wird archiviert oder gelöscht. Danach können Sie die Assistenz auf dieser Seite archivieren und ihre To-dos jemand anderem geben. Fragen Sie sich vor dem Beenden, ob es helfen könnte, noch einmal zu sagen, was Sie erwarten.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>What to a&amp;djust:</source>
        <translation>Was ange&amp;passt werden soll:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>No trial period was agreed with {name}.</source>
        <translation>Mit {name} wurde keine Probezeit vereinbart.</translation>
    </message>
    <message>
        <source>The trial period ends on {date}.</source>
        <translation>Die Probezeit endet am {date}.</translation>
    </message>
    <message>
        <source>The trial period ended on {date}.</source>
        <translation>Die Probezeit endete am {date}.</translation>
    </message>
    <message>
        <source>No feedback logged yet: there is nothing to rate the period by.</source>
        <translation>Noch kein Feedback notiert: Es gibt nichts, woran sich diese Zeit messen ließe.</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s), on average {average} of 5.</source>
        <translation>
            <numerusform>%n Bewertung, im Schnitt {average} von 5.</numerusform>
            <numerusform>%n Bewertungen, im Schnitt {average} von 5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say what you want to adjust.</source>
        <translation>Sagen Sie, was Sie anpassen möchten.</translation>
    </message>
    <message>
        <source>Review settling-in period</source>
        <translation>Eingewöhnungszeit auswerten</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Changes Since Handover</source>
        <translation>Änderungen seit der Übergabe</translation>
    </message>
    <message>
        <source>Changes since the handover: “{title}”</source>
        <translation>Änderungen seit der Übergabe: „{title}“</translation>
    </message>
    <message>
        <source>This to-do has not been handed over yet: there is nothing to compare with.</source>
        <translation>Dieses To-do wurde noch nicht übergeben: Es gibt nichts, womit es sich vergleichen ließe.</translation>
    </message>
    <message>
        <source>Last handed over on {date} at {time}.</source>
        <translation>Zuletzt übergeben am {date} um {time}.</translation>
    </message>
    <message>
        <source>Nothing has changed since: the assistant has it as it is.</source>
        <translation>Seitdem hat sich nichts geändert: Die Assistenz hat den aktuellen Stand.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed since. Struck through: only in what the assistant received; underlined: only in the to-do now.</source>
        <translation>
            <numerusform>Seitdem hat sich %n Feld geändert. Durchgestrichen: nur in dem, was die Assistenz erhalten hat; unterstrichen: nur im aktuellen To-do.</numerusform>
            <numerusform>Seitdem haben sich %n Felder geändert. Durchgestrichen: nur in dem, was die Assistenz erhalten hat; unterstrichen: nur im aktuellen To-do.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the assistant received</source>
        <translation>Was die Assistenz erhalten hat</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>{field}, as received: {text}</source>
        <translation>{field}, wie erhalten: {text}</translation>
    </message>
    <message>
        <source>{field}, now: {text}</source>
        <translation>{field}, jetzt: {text}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreGauge</name>
    <message>
        <source>{pillar}: {score} of 100</source>
        <translation>{pillar}: {score} von 100</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Needs work</source>
        <translation>Ausbaufähig</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Same as the system ({language})</source>
        <translation>Wie das System ({language})</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Alle zwei Wochen</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Sprache und Darstellung</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language reopens the window; Undo starts afresh.</source>
        <translation>Eine neue Sprache öffnet das Fenster neu; Rückgängig beginnt von vorn.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Briefs</source>
        <translation>Briefings</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <source>&amp;Form of address in German:</source>
        <translation>&amp;Anrede auf Deutsch:</translation>
    </message>
    <message>
        <source>For assistants who have no form of address of their own.</source>
        <translation>Für Assistenzen ohne eigene Anrede.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Default &amp;rhythm:</source>
        <translation>Standard-&amp;Rhythmus:</translation>
    </message>
    <message>
        <source>For delegated to-dos while My Agreements names no check-in rhythm.</source>
        <translation>Für delegierte To-dos, solange „Meine Arbeitsabsprachen“ keinen Check-in-Rhythmus nennen.</translation>
    </message>
    <message>
        <source>Sie (formal)</source>
        <translation>Sie (förmlich)</translation>
    </message>
    <message>
        <source>du (informal)</source>
        <translation>du (informell)</translation>
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
        <source>Due for Check-in</source>
        <translation>Check-in fällig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Startklar-Check</translation>
    </message>
    <message>
        <source>Assistants</source>
        <translation>Assistenzen</translation>
    </message>
    <message>
        <source>My Agreements</source>
        <translation>Meine Arbeitsabsprachen</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>(over capacity)</source>
        <translation>(über der Kapazität)</translation>
    </message>
</context>
<context>
    <name>StatusChangesModel</name>
    <message>
        <source>To-do</source>
        <translation>To-do</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>Status jetzt</translation>
    </message>
    <message>
        <source>After the import</source>
        <translation>Nach dem Import</translation>
    </message>
    <message>
        <source>Line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
</context>
<context>
    <name>StatusUndo</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>StringListEditor</name>
    <message>
        <source>New entry: {name}</source>
        <translation>Neuer Eintrag: {name}</translation>
    </message>
</context>
<context>
    <name>TaskDetailsForm</name>
    <message>
        <source>Assistant</source>
        <translation>Assistenz</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>Time per occurrence</source>
        <translation>Zeit pro Durchgang</translation>
    </message>
    <message>
        <source>e.g. 45 min or 1:30</source>
        <translation>z. B. 45 Min. oder 1:30</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>e.g. 12.12.2026 or +7</source>
        <translation>z. B. 12.12.2026 oder +7</translation>
    </message>
    <message>
        <source>Choose the due date</source>
        <translation>Fälligkeitsdatum wählen</translation>
    </message>
    <message>
        <source>Lead time in days</source>
        <translation>Vorlauf in Tagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Delegation level</source>
        <translation>Delegationsstufe</translation>
    </message>
    <message>
        <source>Ask me when</source>
        <translation>Fragen Sie mich, wenn</translation>
    </message>
    <message>
        <source>e.g. a customer complains or it costs over 50 €</source>
        <translation>z. B. sich ein Kunde beschwert oder es mehr als 50 € kostet</translation>
    </message>
    <message>
        <source>Required skills</source>
        <translation>Benötigte Fähigkeiten</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. Canva, English</source>
        <translation>Durch Kommas getrennt, z. B. Canva, Englisch</translation>
    </message>
    <message>
        <source>Add a system the assistant needs access to, then Enter</source>
        <translation>System eintragen, auf das die Assistenz Zugriff braucht, dann Enter</translation>
    </message>
    <message>
        <source>Tools and access</source>
        <translation>Werkzeuge und Zugänge</translation>
    </message>
    <message>
        <source>&amp;Assistant:</source>
        <translation>&amp;Assistenz:</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>Be&amp;reich:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>How &amp;often:</source>
        <translation>Wie &amp;oft:</translation>
    </message>
    <message>
        <source>&amp;Time per occurrence:</source>
        <translation>&amp;Zeit pro Durchgang:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>F&amp;ällig:</translation>
    </message>
    <message>
        <source>Lead ti&amp;me:</source>
        <translation>&amp;Vorlauf:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>Ask &amp;me when:</source>
        <translation>Fragen, &amp;wenn:</translation>
    </message>
    <message>
        <source>S&amp;kills:</source>
        <translation>&amp;Fähigkeiten:</translation>
    </message>
    <message>
        <source>Tools and a&amp;ccess:</source>
        <translation>Werkzeuge und Zu&amp;gänge:</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archiviert)</translation>
    </message>
    <message>
        <source>Choose how often and the time per occurrence to see the hours a week.</source>
        <translation>Wählen Sie, wie oft, und die Zeit pro Durchgang, um die Stunden pro Woche zu sehen.</translation>
    </message>
    <message>
        <source>How much the assistant may decide alone, from 1 to 5.</source>
        <translation>Wie viel die Assistenz allein entscheiden darf, von 1 bis 5.</translation>
    </message>
    <message>
        <source>This looks like a password, PIN, IBAN, card number or key: {items}. Name the system only, and share access through a password manager instead.</source>
        <translation>Das sieht nach einem Passwort, einer PIN, IBAN, Kartennummer oder einem Schlüssel aus: {items}. Nennen Sie nur das System und teilen Sie den Zugang über einen Passwortmanager.</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>What is the goal, and how should it be done? Write it so that someone new could do it without asking. Markdown works: # heading, - list, **bold**.</source>
        <translation>Was ist das Ziel, und wie soll es erledigt werden? Schreiben Sie es so, dass jemand Neues es ohne Rückfrage erledigen kann. Markdown geht: # Überschrift, - Liste, **fett**.</translation>
    </message>
    <message>
        <source>Add a step and press Enter</source>
        <translation>Schritt eintragen und Enter drücken</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Done when … (press Enter to add)</source>
        <translation>Erledigt, wenn … (Enter fügt hinzu)</translation>
    </message>
    <message>
        <source>Done when</source>
        <translation>Erledigt, wenn</translation>
    </message>
    <message>
        <source>Private notes: only you see them; they are never exported.</source>
        <translation>Private Notizen: Nur Sie sehen sie; sie werden nie exportiert.</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Private Notizen</translation>
    </message>
    <message>
        <source>Select a to-do to describe it.</source>
        <translation>Wählen Sie ein To-do, um es zu beschreiben.</translation>
    </message>
    <message>
        <source>Filled from template “{template}” — please review: {fields}.</source>
        <translation>Aus der Vorlage „{template}“ ausgefüllt – bitte prüfen: {fields}.</translation>
    </message>
    <message>
        <source>{cost} a month at {name}’s rate</source>
        <translation>{cost} pro Monat zum Stundensatz von {name}</translation>
    </message>
    <message>
        <source>About {hours} hours a week</source>
        <translation>Etwa {hours} Stunden pro Woche</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Unterlagen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Einordnen</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Level {number}: {name}</source>
        <translation>Stufe {number}: {name}</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>überfällig seit {date}</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>fällig {date}</translation>
    </message>
    <message>
        <source>Edit instructions</source>
        <translation>Anleitung bearbeiten</translation>
    </message>
    <message>
        <source>Edit steps</source>
        <translation>Schritte bearbeiten</translation>
    </message>
    <message>
        <source>Edit “done when”</source>
        <translation>„Erledigt, wenn“ bearbeiten</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Details bearbeiten</translation>
    </message>
    <message>
        <source>Edit resources</source>
        <translation>Unterlagen bearbeiten</translation>
    </message>
    <message>
        <source>Edit private notes</source>
        <translation>Private Notizen bearbeiten</translation>
    </message>
</context>
<context>
    <name>TaskFields</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Done when</source>
        <translation>Erledigt, wenn</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Tools and access</source>
        <translation>Werkzeuge und Zugänge</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Unterlagen</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>Time per occurrence</source>
        <translation>Zeit pro Durchgang</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Vorlauf</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Delegation level</source>
        <translation>Delegationsstufe</translation>
    </message>
    <message>
        <source>Escalation rule</source>
        <translation>Fragen, wenn</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>TaskMenus</name>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete to Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>Assign &amp;To</source>
        <translation>&amp;Zuweisen an</translation>
    </message>
    <message>
        <source>&amp;Not Assigned</source>
        <translation>&amp;Nicht zugewiesen</translation>
    </message>
</context>
<context>
    <name>TaskTable</name>
    <message>
        <source>The list is sorted by a column: to-dos can be moved only in the manual order. Click the column&apos;s header until its arrow disappears.</source>
        <translation>Die Liste ist nach einer Spalte sortiert: To-dos lassen sich nur in der eigenen Reihenfolge verschieben. Klicken Sie auf den Spaltenkopf, bis sein Pfeil verschwindet.</translation>
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
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistenz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Hours/week</source>
        <translation>Std./Woche</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Sorted list: to-dos move only in the manual order. Click the header until its arrow disappears.</source>
        <translation>Liste sortiert: Verschieben nur in der eigenen Reihenfolge. Klicken Sie auf den Spaltenkopf, bis der Pfeil verschwindet.</translation>
    </message>
    <message>
        <source>Click to sort; right-click to choose the columns.</source>
        <translation>Klicken zum Sortieren; Rechtsklick, um die Spalten zu wählen.</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>Überfällig seit {date}</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Save an Empty Template?</source>
        <translation>Leere Vorlage speichern?</translation>
    </message>
    <message>
        <source>The template “{name}” fills in nothing: it has no instructions, steps, done-when criteria, skills, tools, rhythm or level.

Save it anyway?</source>
        <translation>Die Vorlage „{name}“ füllt nichts aus: Sie hat keine Anleitung, keine Schritte, keine Kriterien „Erledigt, wenn“, keine Fähigkeiten, keine Werkzeuge, keinen Rhythmus und keine Stufe.

Trotzdem speichern?</translation>
    </message>
    <message>
        <source>Edit Template</source>
        <translation>Vorlage bearbeiten</translation>
    </message>
    <message>
        <source>Name of the template</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <source>Title of new to-dos</source>
        <translation>Titel neuer To-dos</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Steps, one a line</source>
        <translation>Schritte, einer pro Zeile</translation>
    </message>
    <message>
        <source>Done when, one a line</source>
        <translation>Erledigt, wenn – eines pro Zeile</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Ask me when</source>
        <translation>Fragen, wenn</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Time per occurrence</source>
        <translation>Zeit pro Durchgang</translation>
    </message>
    <message>
        <source>Time per occ&amp;urrence:</source>
        <translation>Zeit pro D&amp;urchgang:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Anleitung:</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>&amp;Schritte:</translation>
    </message>
    <message>
        <source>&amp;Done when:</source>
        <translation>&amp;Erledigt, wenn:</translation>
    </message>
    <message>
        <source>S&amp;kills:</source>
        <translation>&amp;Fähigkeiten:</translation>
    </message>
    <message>
        <source>T&amp;ools:</source>
        <translation>&amp;Werkzeuge:</translation>
    </message>
    <message>
        <source>Ask &amp;me when:</source>
        <translation>&amp;Fragen, wenn:</translation>
    </message>
    <message>
        <source>How &amp;often:</source>
        <translation>Wie &amp;oft:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Delegationsstufe:</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Eine Vorlage braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Manage Templates</source>
        <translation>Vorlagen verwalten</translation>
    </message>
    <message>
        <source>My templates</source>
        <translation>Meine Vorlagen</translation>
    </message>
    <message>
        <source>&amp;My templates:</source>
        <translation>&amp;Meine Vorlagen:</translation>
    </message>
    <message>
        <source>Built-in templates</source>
        <translation>Mitgelieferte Vorlagen</translation>
    </message>
    <message>
        <source>B&amp;uilt-in templates (read-only):</source>
        <translation>Mitgelieferte Vorlagen (&amp;schreibgeschützt):</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Selected template</source>
        <translation>Ausgewählte Vorlage</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>Done-when criteria:</source>
        <translation>Kriterien „Erledigt, wenn“:</translation>
    </message>
    <message>
        <source>A built-in template: copy it to My Templates to change it.</source>
        <translation>Eine mitgelieferte Vorlage: Kopieren Sie sie in Ihre Vorlagen, um sie zu ändern.</translation>
    </message>
    <message>
        <source>You have no templates of your own yet.</source>
        <translation>Sie haben noch keine eigenen Vorlagen.</translation>
    </message>
    <message>
        <source>To make one, describe a to-do (its instructions, steps and when it is done), then press {shortcut} (To-do → Save Description as Template…). It will be listed here and under To-do → New from Template.</source>
        <translation>Um eine anzulegen, beschreiben Sie ein To-do (Anleitung, Schritte und wann es erledigt ist) und drücken Sie dann {shortcut} (To-do → Beschreibung als Vorlage speichern …). Die Vorlage erscheint dann hier und unter To-do → Neu aus Vorlage.</translation>
    </message>
    <message>
        <source>Built-in templates are always under To-do → New from Template and cannot be changed; copy one to make your own version. Changes here are saved at once and cannot be undone.</source>
        <translation>Mitgelieferte Vorlagen stehen immer unter To-do → Neu aus Vorlage und lassen sich nicht ändern; kopieren Sie eine, um Ihre eigene Fassung anzulegen. Änderungen hier werden sofort gespeichert und lassen sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Rename the selected template (F2)</source>
        <translation>Ausgewählte Vorlage umbenennen (F2)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit everything the selected template fills in</source>
        <translation>Alles bearbeiten, was die ausgewählte Vorlage ausfüllt</translation>
    </message>
    <message>
        <source>Delete the selected template (Del)</source>
        <translation>Ausgewählte Vorlage löschen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Copy to My Templates</source>
        <translation>In meine Vorlagen &amp;kopieren</translation>
    </message>
    <message>
        <source>Make a template of your own from the selected built-in one</source>
        <translation>Aus der ausgewählten mitgelieferten Vorlage eine eigene machen</translation>
    </message>
    <message>
        <source>{name} (my copy)</source>
        <translation>{name} (meine Kopie)</translation>
    </message>
    <message>
        <source>Delete Template?</source>
        <translation>Vorlage löschen?</translation>
    </message>
    <message>
        <source>Delete the template “{name}”?

To-dos started from it keep their description. This cannot be undone.</source>
        <translation>Die Vorlage „{name}“ löschen?

To-dos, die mit ihr begonnen wurden, behalten ihre Beschreibung. Das Löschen kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>A template needs a name. The name was left as it was.</source>
        <translation>Eine Vorlage braucht einen Namen. Der Name wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Built-in template: {title}</source>
        <translation>Mitgelieferte Vorlage: {title}</translation>
    </message>
    <message>
        <source>No area</source>
        <translation>Kein Bereich</translation>
    </message>
    <message>
        <source>The change could not be saved, and nothing was changed: {error}</source>
        <translation>Die Änderung konnte nicht gespeichert werden; es wurde nichts verändert: {error}</translation>
    </message>
</context>
<context>
    <name>TimeZoneCombo</name>
    <message>
        <source>Not set, e.g. Europe/Berlin</source>
        <translation>Nicht festgelegt, z. B. Europe/Berlin</translation>
    </message>
    <message>
        <source>Unknown time zone. Pick one from the list, e.g. Europe/Berlin.</source>
        <translation>Unbekannte Zeitzone. Wählen Sie eine aus der Liste, z. B. Europe/Berlin.</translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message>
        <source>It lives on your own expertise or relationships: that is what you want more time for.</source>
        <translation>Es lebt von Ihrer eigenen Expertise oder Ihren Beziehungen – genau dafür wollen Sie mehr Zeit.</translation>
    </message>
    <message>
        <source>It needs no expertise only you have.</source>
        <translation>Es braucht keine Expertise, die nur Sie haben.</translation>
    </message>
    <message>
        <source>You can explain it in writing, so someone else can do it well.</source>
        <translation>Sie können es schriftlich erklären, also kann es jemand anderes gut erledigen.</translation>
    </message>
    <message>
        <source>You cannot explain it in writing yet; without clear expectations the result can only be judged by feeling.</source>
        <translation>Sie können es noch nicht schriftlich erklären; ohne klare Erwartungen lässt sich das Ergebnis nur nach Gefühl bewerten.</translation>
    </message>
    <message>
        <source>A mistake costs little, so it is a good task to start with.</source>
        <translation>Ein Fehler kostet wenig – eine gute Aufgabe für den Anfang.</translation>
    </message>
    <message>
        <source>A mistake costs a lot: agree checkpoints and “done when” criteria before handing it over.</source>
        <translation>Ein Fehler kostet viel: Vereinbaren Sie vor der Übergabe Zwischenstände und „Erledigt, wenn“-Kriterien.</translation>
    </message>
    <message>
        <source>You enjoy it.</source>
        <translation>Sie machen es gern.</translation>
    </message>
    <message>
        <source>You do not enjoy it.</source>
        <translation>Sie machen es nicht gern.</translation>
    </message>
    <message>
        <source>The assistant&apos;s rate is below what your own hour is worth.</source>
        <translation>Der Stundensatz der Assistenz liegt unter dem Wert Ihrer eigenen Stunde.</translation>
    </message>
    <message>
        <source>The assistant&apos;s rate is not below what your own hour is worth.</source>
        <translation>Der Stundensatz der Assistenz liegt nicht unter dem Wert Ihrer eigenen Stunde.</translation>
    </message>
    <message>
        <source>It takes about an hour a week or more: worth writing down once.</source>
        <translation>Es kostet etwa eine Stunde pro Woche oder mehr – es lohnt sich, das einmal aufzuschreiben.</translation>
    </message>
    <message>
        <source>Answer at least three questions, the expertise question among them.</source>
        <translation>Beantworten Sie mindestens drei Fragen, darunter die nach der Expertise.</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>TriagePanel</name>
    <message>
        <source>A few quick questions. The helper suggests; you decide.</source>
        <translation>Ein paar kurze Fragen. Die Hilfe schlägt vor; Sie entscheiden.</translation>
    </message>
    <message>
        <source>Hours per month</source>
        <translation>Stunden pro Monat</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <source>Needs my expertise</source>
        <translation>Braucht meine Expertise</translation>
    </message>
    <message>
        <source>Explainable in 30 minutes</source>
        <translation>In 30 Minuten erklärbar</translation>
    </message>
    <message>
        <source>Cost of a mistake</source>
        <translation>Kosten eines Fehlers</translation>
    </message>
    <message>
        <source>Little</source>
        <translation>Wenig</translation>
    </message>
    <message>
        <source>Some</source>
        <translation>Einiges</translation>
    </message>
    <message>
        <source>A lot</source>
        <translation>Viel</translation>
    </message>
    <message>
        <source>I enjoy it</source>
        <translation>Ich mache es gern</translation>
    </message>
    <message>
        <source>Hours a &amp;month it takes:</source>
        <translation>Stunden pro &amp;Monat:</translation>
    </message>
    <message>
        <source>Needs my unique &amp;expertise or relationships:</source>
        <translation>Braucht meine besondere &amp;Expertise oder Kontakte:</translation>
    </message>
    <message>
        <source>I could e&amp;xplain it in writing in 30 minutes:</source>
        <translation>Ich könnte es in 30 Minuten schriftlich e&amp;rklären:</translation>
    </message>
    <message>
        <source>What a mistake &amp;costs:</source>
        <translation>Was ein Fehler &amp;kostet:</translation>
    </message>
    <message>
        <source>I en&amp;joy doing it:</source>
        <translation>Ich mache es &amp;gern:</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Answer triage questions</source>
        <translation>Fragen zum Einordnen beantworten</translation>
    </message>
    <message>
        <source>No suggestion yet.</source>
        <translation>Noch kein Vorschlag.</translation>
    </message>
    <message>
        <source>Suggestion: {decision}</source>
        <translation>Vorschlag: {decision}</translation>
    </message>
    <message>
        <source>Delegating frees about {hours} h a week.</source>
        <translation>Delegieren schafft etwa {hours} Std. pro Woche frei.</translation>
    </message>
    <message>
        <source>Net value: {amount} a month.</source>
        <translation>Nettowert: {amount} pro Monat.</translation>
    </message>
    <message>
        <source>All delegated to-dos together free {hours} h a week</source>
        <translation>Alle delegierten To-dos zusammen schaffen {hours} Std. pro Woche frei</translation>
    </message>
    <message>
        <source>, worth {amount} a month</source>
        <translation>, im Wert von {amount} pro Monat</translation>
    </message>
</context>
<context>
    <name>_Bar</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>_KindDelegate</name>
    <message>
        <source>Kind of channel</source>
        <translation>Art des Kontaktwegs</translation>
    </message>
</context>
<context>
    <name>_WindowEditor</name>
    <message>
        <source>{day} from</source>
        <translation>{day} von</translation>
    </message>
    <message>
        <source>{day} to</source>
        <translation>{day} bis</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add this time on {day}</source>
        <translation>Diese Zeit am {day} hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
    <message>
        <source>check whether you are ready to delegate (exit 0 ready, 1 almost, 2 not yet)</source>
        <translation>prüfen, ob Sie startklar zum Delegieren sind (Exit 0 startklar, 1 fast, 2 noch nicht)</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <source>write the handover package for an assistant into a folder</source>
        <translation>das Übergabepaket für eine Assistenz in einen Ordner schreiben</translation>
    </message>
    <message>
        <source>the delegated to-dos without an assistant, as a requirements profile</source>
        <translation>die delegierten To-dos ohne Assistenz, als Anforderungsprofil</translation>
    </message>
    <message>
        <source>overwrite files that are already there</source>
        <translation>vorhandene Dateien überschreiben</translation>
    </message>
    <message>
        <source>export even if a field looks like a secret</source>
        <translation>auch exportieren, wenn ein Feld wie ein Geheimnis aussieht</translation>
    </message>
    <message>
        <source>{value} is not a to-do id (a whole number from 1 to {largest})</source>
        <translation>{value} ist keine To-do-Nummer (eine ganze Zahl von 1 bis {largest})</translation>
    </message>
    <message>
        <source>check that this installation works, in a temporary folder, one line per check (exit 0 all passed, 1 one failed)</source>
        <translation>prüft, ob diese Installation funktioniert, in einem temporären Ordner, eine Zeile je Prüfung (Exit 0 alles bestanden, 1 eine fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Sie or du in a German brief (default: the assistant&apos;s, else the settings)</source>
        <translation>Sie oder du in einem deutschen Briefing (Standard: die der Assistenz, sonst die der Einstellungen)</translation>
    </message>
    <message>
        <source>add the to-dos of a file (all or nothing)</source>
        <translation>die To-dos einer Datei hinzufügen (alle oder keines)</translation>
    </message>
    <message>
        <source>also import completed to-dos (archived)</source>
        <translation>auch erledigte To-dos importieren (archiviert)</translation>
    </message>
    <message>
        <source>show what would be created; store nothing</source>
        <translation>zeigen, was angelegt würde; nichts speichern</translation>
    </message>
    <message>
        <source>list delegated work due for a check-in (exit 0 none due, 1 some due)</source>
        <translation>delegierte Arbeit auflisten, deren Check-in fällig ist (Exit 0 nichts fällig, 1 etwas fällig)</translation>
    </message>
    <message>
        <source>set the status of a to-do (dated)</source>
        <translation>den Status eines To-dos setzen (mit Datum)</translation>
    </message>
    <message>
        <source>make a backup of the plan now; prints the file written</source>
        <translation>jetzt eine Sicherung des Plans anlegen; gibt die geschriebene Datei aus</translation>
    </message>
    <message>
        <source>write the backup to FILE instead of the backups folder</source>
        <translation>die Sicherung in FILE statt in den Ordner backups schreiben</translation>
    </message>
    <message>
        <source>list the backups, newest first</source>
        <translation>die Sicherungen auflisten, neueste zuerst</translation>
    </message>
    <message>
        <source>replace the plan with a backup (the current plan is backed up first)</source>
        <translation>den Plan durch eine Sicherung ersetzen (der aktuelle Plan wird vorher gesichert)</translation>
    </message>
    <message>
        <source>do not ask before replacing the plan</source>
        <translation>vor dem Ersetzen des Plans nicht nachfragen</translation>
    </message>
    <message>
        <source>--selftest takes no command.</source>
        <translation>--selftest nimmt keinen Befehl.</translation>
    </message>
    <message>
        <source>{argument} is not valid text: it holds bytes that are not UTF-8. Nothing was changed.</source>
        <translation>{argument} ist kein gültiger Text: Es enthält Bytes, die kein UTF-8 sind. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>-o is empty; it needs the folder to write the package into.</source>
        <translation>-o ist leer; es braucht den Ordner, in den das Paket geschrieben wird.</translation>
    </message>
    <message>
        <source>--format: {value} is not a format; the formats are {known}.</source>
        <translation>--format: {value} ist kein Format; die Formate sind {known}.</translation>
    </message>
    <message>
        <source>--format names no format; give one or more of {known}.</source>
        <translation>--format nennt kein Format; geben Sie eines oder mehrere von {known} an.</translation>
    </message>
    <message>
        <source>--format zip packs the other formats; give one or more of {files} with it.</source>
        <translation>--format zip packt die anderen Formate; geben Sie eines oder mehrere von {files} dazu an.</translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation>{file}, Zeile {line}</translation>
    </message>
    <message>
        <source>{where}: {reason}. Nothing was imported.</source>
        <translation>{where}: {reason}. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>write the whole plan with its attachments into one file for another computer; prints the file written</source>
        <translation>den ganzen Plan mit seinen Anhängen in eine Datei für einen anderen Computer schreiben; gibt die geschriebene Datei aus</translation>
    </message>
    <message>
        <source>replace the plan with the one in a plan archive (the current plan is backed up first)</source>
        <translation>den Plan durch den aus einem Planarchiv ersetzen (der aktuelle Plan wird vorher gesichert)</translation>
    </message>
    <message>
        <source>fill an empty data folder with a sample business to explore</source>
        <translation>einen leeren Datenordner mit einem Beispielunternehmen zum Ausprobieren füllen</translation>
    </message>
    <message>
        <source>{source} is empty; it needs the path of a folder.</source>
        <translation>{source} ist leer; nötig ist der Pfad eines Ordners.</translation>
    </message>
    <message>
        <source>{path} already exists; nothing was written (use --force to replace it).</source>
        <translation>{path} gibt es schon; es wurde nichts geschrieben (mit --force ersetzen).</translation>
    </message>
    <message>
        <source>There is no good backup of it.</source>
        <translation>Es gibt keine intakte Sicherung davon.</translation>
    </message>
    <message>
        <source>#{id} {title}: {before} → {after}</source>
        <translation>#{id} {title}: {before} → {after}</translation>
    </message>
    <message>
        <source>Skipped {count}: {reason}</source>
        <translation>Übersprungen {count}: {reason}</translation>
    </message>
    <message>
        <source>{path} is not empty; the demo only goes into an empty data folder (choose one with --data-dir).</source>
        <translation>{path} ist nicht leer; die Demo kommt nur in einen leeren Datenordner (wählen Sie einen mit --data-dir).</translation>
    </message>
    <message>
        <source>unreadable: {problem}</source>
        <translation>nicht lesbar: {problem}</translation>
    </message>
    <message>
        <source>{todos}, {delegated} delegated, {assistants}</source>
        <translation>{todos}, {delegated} delegiert, {assistants}</translation>
    </message>
    <message>
        <source>Replace the plan in {path} with {file} ({todos}, {delegated} delegated)?</source>
        <translation>Den Plan in {path} durch {file} ersetzen ({todos}, {delegated} delegiert)?</translation>
    </message>
    <message>
        <source>{todos}, {delegated} delegated, {assistants}, {attachments}</source>
        <translation>{todos}, {delegated} delegiert, {assistants}, {attachments}</translation>
    </message>
    <message>
        <source>The damaged plan is kept, unchanged, as {file}.</source>
        <translation>Der beschädigte Plan bleibt unverändert als {file} erhalten.</translation>
    </message>
    <message>
        <source>Restored. The plan as it was is in {file}.</source>
        <translation>Wiederhergestellt. Der bisherige Plan liegt in {file}.</translation>
    </message>
    <message>
        <source>Attachment {name} is in no backup and could not be brought back.</source>
        <translation>Der Anhang {name} ist in keiner Sicherung und konnte nicht zurückgeholt werden.</translation>
    </message>
    <message>
        <source>{file}: the plan as it was on {created}, saved by Delegator {version}</source>
        <translation>{file}: der Plan mit Stand {created}, gespeichert von Delegator {version}</translation>
    </message>
    <message>
        <source>{path} already exists; nothing was written. Choose a new file.</source>
        <translation>{path} ist bereits vorhanden; es wurde nichts geschrieben. Wählen Sie eine neue Datei.</translation>
    </message>
    <message>
        <source>Replace the plan in {path} with the plan in this archive?</source>
        <translation>Den Plan in {path} durch den Plan aus diesem Archiv ersetzen?</translation>
    </message>
    <message>
        <source>The newest good backup is {file} from {created} ({todos}). Restore it with: delegator {where}restore {file}</source>
        <translation>Die neueste intakte Sicherung ist {file} vom {created} ({todos}). Wiederherstellen mit: delegator {where}restore {file}</translation>
    </message>
    <message>
        <source>Nothing was changed; add --yes to go ahead.</source>
        <translation>Es wurde nichts verändert; fügen Sie --yes hinzu, um fortzufahren.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); the default settings apply.</source>
        <translation>{path} kann nicht gelesen werden ({reason}); es gelten die Standardeinstellungen.</translation>
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
        <source>Not imported: {files}. Import them there with File → Import…</source>
        <translation>Nicht importiert: {files}. Importieren Sie sie dort mit Datei → Importieren …</translation>
    </message>
    <message>
        <source>The settings in {path} cannot be read ({reason}); the default settings apply.</source>
        <translation>Die Einstellungen in {path} können nicht gelesen werden ({reason}); es gelten die Standardeinstellungen.</translation>
    </message>
    <message>
        <source>The file was kept as {path}.</source>
        <translation>Die Datei wurde als {path} aufbewahrt.</translation>
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
        <source>Delegator&apos;s window has the plan in {folder} open. Nothing was changed; close the window first, or restore from File → Restore Backup there.</source>
        <translation>Das Fenster von Delegator hat den Plan in {folder} geöffnet. Es wurde nichts verändert; schließen Sie zuerst das Fenster oder stellen Sie dort über Datei → Sicherung wiederherstellen wieder her.</translation>
    </message>
    <message>
        <source>{path} is the plan itself; nothing was written. Choose another file.</source>
        <translation>{path} ist der Plan selbst; es wurde nichts geschrieben. Wählen Sie eine andere Datei.</translation>
    </message>
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
        <source>{path} cannot be restored: {detail}. Nothing was changed.</source>
        <translation>{path} kann nicht wiederhergestellt werden: {detail}. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The file {path} is damaged: {detail}. It was left untouched. Restore a copy from the backups folder next to it.</source>
        <translation>Die Datei {path} ist beschädigt: {detail}. Sie wurde nicht verändert. Stellen Sie eine Kopie aus dem Sicherungsordner daneben wieder her.</translation>
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
        <source>A to-do needs a title.</source>
        <translation>Ein To-do braucht einen Titel.</translation>
    </message>
    <message>
        <source>The time per occurrence cannot be negative.</source>
        <translation>Die Zeit pro Durchgang kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>The lead time cannot be negative.</source>
        <translation>Der Vorlauf kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>The time per occurrence can be at most a week ({limit} minutes).</source>
        <translation>Die Zeit pro Durchgang darf höchstens eine Woche betragen ({limit} Minuten).</translation>
    </message>
    <message>
        <source>The lead time can be at most {limit} days.</source>
        <translation>Die Vorlaufzeit darf höchstens {limit} Tage betragen.</translation>
    </message>
    <message>
        <source>An assistant needs a name.</source>
        <translation>Eine Assistenz braucht einen Namen.</translation>
    </message>
    <message>
        <source>A rating goes from 1 to 5. Nothing was saved.</source>
        <translation>Eine Bewertung reicht von 1 bis 5. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Feedback is about a to-do or an assistant. Nothing was saved.</source>
        <translation>Feedback bezieht sich auf ein To-do oder eine Assistenz. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>This to-do is in the Archive: restore it to change it.</source>
        <translation>Dieses To-do liegt im Archiv: Stellen Sie es wieder her, um es zu ändern.</translation>
    </message>
    <message>
        <source>There is no assistant named “{name}”.</source>
        <translation>Es gibt keine Assistenz namens „{name}“.</translation>
    </message>
    <message>
        <source>{place}, field “{field}”, looks like a password, IBAN or key; nothing was exported. Remove it, or confirm (--allow-secrets).</source>
        <translation>{place}, Feld „{field}“, sieht nach einem Passwort, einer IBAN oder einem Schlüssel aus; es wurde nichts exportiert. Entfernen Sie es oder bestätigen Sie (--allow-secrets).</translation>
    </message>
    <message>
        <source>There is no to-do with id {id}.</source>
        <translation>Es gibt kein To-do mit der ID {id}.</translation>
    </message>
    <message>
        <source>The change could not be saved: {reason}. Nothing was changed.</source>
        <translation>Die Änderung konnte nicht gespeichert werden: {reason}. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Ihr Profil</translation>
    </message>
    <message>
        <source>The assistant</source>
        <translation>Die Assistenz</translation>
    </message>
    <message>
        <source>Changes since the last handover</source>
        <translation>Änderungen seit der letzten Übergabe</translation>
    </message>
    <message>
        <source>The brief</source>
        <translation>Das Briefing</translation>
    </message>
    <message>
        <source>“{task}”</source>
        <translation>„{task}“</translation>
    </message>
    <message>
        <source>the file is shorter than its header</source>
        <translation>die Datei ist kürzer als ihr Kopf</translation>
    </message>
    <message>
        <source>the file ends part way through a page, after {size} bytes</source>
        <translation>die Datei endet mitten in einer Seite, nach {size} Bytes</translation>
    </message>
    <message>
        <source>the file holds {present} of its {pages} pages</source>
        <translation>die Datei enthält nur {present} ihrer {pages} Seiten</translation>
    </message>
    <message>
        <source>the table {tables} is missing</source>
        <translation>die Tabelle {tables} fehlt</translation>
    </message>
    <message>
        <source>the column {column} holds text that is not UTF-8</source>
        <translation>die Spalte {column} enthält Text, der kein UTF-8 ist</translation>
    </message>
    <message>
        <source>the table {table} holds text that is not UTF-8</source>
        <translation>die Tabelle {table} enthält Text, der kein UTF-8 ist</translation>
    </message>
    <message>
        <source>an attachment path leads out of its folder, to {target}</source>
        <translation>ein Anhangspfad führt aus seinem Ordner hinaus, nach {target}</translation>
    </message>
    <message>
        <source>it is not a Delegator data file</source>
        <translation>das ist keine Delegator-Datendatei</translation>
    </message>
    <message>
        <source>it was saved by a newer version of Delegator</source>
        <translation>sie wurde von einer neueren Version von Delegator gespeichert</translation>
    </message>
    <message>
        <source>the disk is full; make room and try again</source>
        <translation>der Datenträger ist voll; schaffen Sie Platz und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>{detail} cannot be written; check that the folder is writable</source>
        <translation>{detail} kann nicht geschrieben werden; prüfen Sie, ob der Ordner beschreibbar ist</translation>
    </message>
    <message>
        <source>{detail} is a file where a folder is needed; move it away</source>
        <translation>{detail} ist eine Datei, wo ein Ordner nötig ist; verschieben Sie sie</translation>
    </message>
    <message>
        <source>the data file is locked by another program (a sync client or a virus scanner?); try again in a moment</source>
        <translation>die Datendatei ist von einem anderen Programm gesperrt (einem Sync-Programm oder Virenscanner?); versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>The data file {path} is a link to {target}, which does not exist. Nothing was changed. Bring that file back, or remove the link to start a new plan.</source>
        <translation>Die Datendatei {path} ist ein Link auf {target}, und dieses Ziel gibt es nicht. Es wurde nichts verändert. Holen Sie diese Datei zurück oder entfernen Sie den Link, um einen neuen Plan zu beginnen.</translation>
    </message>
    <message>
        <source>The data folder cannot be reached: {path} is a link to {target}, which does not exist. Nothing was changed. Bring that folder back, or remove the link.</source>
        <translation>Der Datenordner ist nicht erreichbar: {path} ist ein Verweis auf {target}, das es nicht gibt. Es wurde nichts verändert. Stellen Sie diesen Ordner wieder her oder entfernen Sie den Verweis.</translation>
    </message>
    <message>
        <source>The data folder cannot be made: {path} is a file, not a folder. Nothing was changed. Choose another folder with --data-dir.</source>
        <translation>Der Datenordner kann nicht angelegt werden: {path} ist eine Datei, kein Ordner. Es wurde nichts verändert. Wählen Sie mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>eine benannte Pipe</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>{path} is {what}, not a data file. Nothing was changed. Move it away or start Delegator with another --data-dir.</source>
        <translation>{path} ist {what}, keine Datendatei. Es wurde nichts verändert. Verschieben Sie es oder starten Sie Delegator mit einem anderen --data-dir.</translation>
    </message>
    <message>
        <source>it is not a zip archive</source>
        <translation>es ist kein ZIP-Archiv</translation>
    </message>
    <message>
        <source>it is cut short (the end of the zip is missing)</source>
        <translation>es ist unvollständig (das Ende der ZIP-Datei fehlt)</translation>
    </message>
    <message>
        <source>it holds no {member}</source>
        <translation>es enthält keine Datei {member}</translation>
    </message>
    <message>
        <source>its {member} cannot be read</source>
        <translation>die Datei {member} darin ist nicht lesbar</translation>
    </message>
    <message>
        <source>its {member} names a format this version does not know ({detail})</source>
        <translation>die Datei {member} darin nennt ein Format, das diese Version nicht kennt ({detail})</translation>
    </message>
    <message>
        <source>the member {member} points outside the folder it is unpacked into</source>
        <translation>die Datei {member} zeigt aus dem Ordner heraus, in den sie entpackt wird</translation>
    </message>
    <message>
        <source>the member {member} is a symbolic link</source>
        <translation>die Datei {member} ist ein symbolischer Link</translation>
    </message>
    <message>
        <source>the member {member} is a database log file, which a plan archive never holds</source>
        <translation>die Datei {member} ist eine Protokolldatei der Datenbank, die ein Planarchiv nie enthält</translation>
    </message>
    <message>
        <source>the member {member} does not belong in a plan archive</source>
        <translation>die Datei {member} gehört nicht in ein Planarchiv</translation>
    </message>
    <message>
        <source>the member {member} is in it twice</source>
        <translation>die Datei {member} ist zweimal darin</translation>
    </message>
    <message>
        <source>the member {member} is not listed in its manifest</source>
        <translation>die Datei {member} ist nicht im Manifest aufgeführt</translation>
    </message>
    <message>
        <source>the member {member} listed in its manifest is missing</source>
        <translation>die im Manifest aufgeführte Datei {member} fehlt</translation>
    </message>
    <message>
        <source>it declares more than a plan archive may hold ({detail})</source>
        <translation>es gibt mehr an, als ein Planarchiv enthalten darf ({detail})</translation>
    </message>
    <message>
        <source>the member {member} unpacks to more than the {detail} bytes its manifest gives</source>
        <translation>die Datei {member} wird beim Entpacken größer als die {detail} Bytes, die das Manifest angibt</translation>
    </message>
    <message>
        <source>the member {member} has another size than its manifest gives ({detail})</source>
        <translation>die Datei {member} hat eine andere Größe, als das Manifest angibt ({detail})</translation>
    </message>
    <message>
        <source>the member {member} does not match its checksum: it was changed or damaged</source>
        <translation>die Datei {member} passt nicht zu ihrer Prüfsumme, wurde also verändert oder beschädigt</translation>
    </message>
    <message>
        <source>the member {member} cannot be unpacked (damaged, encrypted or compressed in an unknown way)</source>
        <translation>die Datei {member} lässt sich nicht entpacken (beschädigt, verschlüsselt oder auf unbekannte Weise komprimiert)</translation>
    </message>
    <message>
        <source>its plan {member} was saved by a newer version of Delegator ({detail})</source>
        <translation>der Plan {member} darin wurde von einer neueren Delegator-Version gespeichert ({detail})</translation>
    </message>
    <message>
        <source>its plan {member} is damaged ({detail})</source>
        <translation>der Plan {member} darin ist beschädigt ({detail})</translation>
    </message>
    <message>
        <source>its plan {member} does not hold what its manifest says</source>
        <translation>der Plan {member} darin enthält nicht, was das Manifest angibt</translation>
    </message>
    <message>
        <source>The archive {archive} was not opened: {reason}. Nothing was changed.</source>
        <translation>Das Archiv {archive} wurde nicht geöffnet: {reason}. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>{path} is a symbolic link, and Delegator never writes through links. Nothing was exported. Remove the link or choose another folder.</source>
        <translation>{path} ist eine symbolische Verknüpfung, und Delegator schreibt nie durch Verknüpfungen. Es wurde nichts exportiert. Entfernen Sie die Verknüpfung oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>{path} is a folder where the export puts a file. Nothing was exported. Move it away or choose another folder.</source>
        <translation>{path} ist ein Ordner, wo der Export eine Datei ablegt. Es wurde nichts exportiert. Verschieben Sie ihn oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>{path} is a file where the export puts a folder. Nothing was exported. Move it away or choose another folder.</source>
        <translation>{path} ist eine Datei, wo der Export einen Ordner anlegt. Es wurde nichts exportiert. Verschieben Sie sie oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The attachment “{attachment}” of “{task}” is missing from the data folder ({path}). Nothing was exported. Attach the file to the to-do again.</source>
        <translation>Der Anhang „{attachment}“ von „{task}“ fehlt im Datenordner ({path}). Es wurde nichts exportiert. Hängen Sie die Datei erneut an das To-do an.</translation>
    </message>
    <message>
        <source>The export failed: {reason}. Nothing was exported.</source>
        <translation>Der Export ist fehlgeschlagen: {reason}. Es wurde nichts exportiert.</translation>
    </message>
</context>
<context>
    <name>selftest</name>
    <message>
        <source>{error} ({kind})</source>
        <translation>{error} ({kind})</translation>
    </message>
    <message>
        <source>Delegator {delegator}, Python {python}, Qt {qt}, PySide6 {pyside}, {system}</source>
        <translation>Delegator {delegator}, Python {python}, Qt {qt}, PySide6 {pyside}, {system}</translation>
    </message>
    <message>
        <source>a non-graphical application is already running; no platform</source>
        <translation>es läuft bereits eine Anwendung ohne grafische Oberfläche; keine Plattform</translation>
    </message>
    <message>
        <source>{name} (no display found: fell back to offscreen)</source>
        <translation>{name} (kein Bildschirm gefunden: auf offscreen ausgewichen)</translation>
    </message>
    <message>
        <source>the German catalogue {file} cannot be loaded</source>
        <translation>der deutsche Katalog {file} lässt sich nicht laden</translation>
    </message>
    <message>
        <source>the German catalogue does not translate “{source}”</source>
        <translation>der deutsche Katalog übersetzt „{source}“ nicht</translation>
    </message>
    <message>
        <source>German catalogue {file}: “{source}” → “{translated}”</source>
        <translation>Deutscher Katalog {file}: „{source}“ → „{translated}“</translation>
    </message>
    <message>
        <source>qtbase_de.qm not found (Qt&apos;s own buttons and dialogs stay English)</source>
        <translation>qtbase_de.qm nicht gefunden (Qts eigene Schaltflächen und Dialoge bleiben englisch)</translation>
    </message>
    <message>
        <source>{file} does not translate “{source}”</source>
        <translation>{file} übersetzt „{source}“ nicht</translation>
    </message>
    <message>
        <source>{file}: “{source}” → “{translated}”</source>
        <translation>{file}: „{source}“ → „{translated}“</translation>
    </message>
    <message>
        <source>new plan at schema {revision}, not {head}</source>
        <translation>neuer Plan auf Schema {revision}, nicht {head}</translation>
    </message>
    <message>
        <source>new plan at schema {revision}</source>
        <translation>neuer Plan auf Schema {revision}</translation>
    </message>
    <message>
        <source>{file}: pages in the tree: {pages}, page objects: {objects}, laid out: {expected}</source>
        <translation>{file}: Seiten im Seitenbaum: {pages}, Seitenobjekte: {objects}, gesetzt: {expected}</translation>
    </message>
    <message>
        <source>{file}: PDF {version}, pages as laid out: {pages}, bytes: {size}, embeds {fonts}</source>
        <translation>{file}: PDF {version}, Seiten wie gesetzt: {pages}, Bytes: {size}, bettet {fonts} ein</translation>
    </message>
    <message>
        <source>{file} does not embed {fonts} (it embeds: {embedded})</source>
        <translation>{file} bettet {fonts} nicht ein (eingebettet: {embedded})</translation>
    </message>
    <message>
        <source>not a PDF: it does not start with %PDF-</source>
        <translation>kein PDF: es beginnt nicht mit %PDF-</translation>
    </message>
    <message>
        <source>the PDF is cut short: it does not end with %%EOF</source>
        <translation>das PDF ist abgeschnitten: es endet nicht mit %%EOF</translation>
    </message>
    <message>
        <source>the PDF&apos;s cross-reference table is not where it says</source>
        <translation>die Querverweistabelle des PDF steht nicht dort, wo es angibt</translation>
    </message>
    <message>
        <source>the PDF has no page tree</source>
        <translation>das PDF hat keinen Seitenbaum</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Needs rework</source>
        <translation>Nacharbeit nötig</translation>
    </message>
    <message>
        <source>Changed since the last handover: the assistant has an older version.</source>
        <translation>Seit der letzten Übergabe geändert: Die Assistenz hat eine ältere Fassung.</translation>
    </message>
    <message>
        <source>Check-in overdue since {date}</source>
        <translation>Check-in überfällig seit {date}</translation>
    </message>
    <message>
        <source>Check-in due today</source>
        <translation>Check-in heute fällig</translation>
    </message>
    <message>
        <source>Next check-in: {date}</source>
        <translation>Nächster Check-in: {date}</translation>
    </message>
</context>
<context>
    <name>table</name>
    <message>
        <source>To-dos</source>
        <translation>To-dos</translation>
    </message>
</context>
</TS>
