<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnalyticsView</name>
    <message>
        <location filename="../views/trainer/analytics.py" line="61"/>
        <source>Scenario analytics</source>
        <translation>Scenario analytics</translation>
    </message>
    <message>
        <location filename="../views/trainer/analytics.py" line="66"/>
        <location filename="../views/trainer/analytics.py" line="69"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../views/trainer/analytics.py" line="75"/>
        <source>Where trainees go wrong</source>
        <translation>Where trainees go wrong</translation>
    </message>
    <message>
        <location filename="../views/trainer/analytics.py" line="85"/>
        <source>No scenario is installed.</source>
        <translation>No scenario is installed.</translation>
    </message>
    <message>
        <location filename="../views/trainer/analytics.py" line="87"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../views/trainer/analytics.py" line="112"/>
        <source>Nobody has played this scenario yet.</source>
        <translation>Nobody has played this scenario yet.</translation>
    </message>
    <message>
        <location filename="../views/trainer/analytics.py" line="116"/>
        <source>No reply stands out as a common mistake.</source>
        <translation>No reply stands out as a common mistake.</translation>
    </message>
    <message>
        <location filename="../views/trainer/analytics.py" line="118"/>
        <source>Where trainees go wrong most: when the customer says “{customer}”, {share}% choose “{reply}” (average score {avg}).</source>
        <translation>Where trainees go wrong most: when the customer says “{customer}”, {share}% choose “{reply}” (average score {avg}).</translation>
    </message>
    <message>
        <location filename="../views/trainer/analytics.py" line="125"/>
        <source>Customer: “{text}”</source>
        <translation>Customer: “{text}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/trainer/analytics.py" line="126"/>
        <source>Reached %n time(s).</source>
        <translation>
            <numerusform>Reached %n time.</numerusform>
            <numerusform>Reached %n times.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/trainer/analytics.py" line="139"/>
        <source>{share}% ({n}) · average score {avg}</source>
        <translation>{share}% ({n}) · average score {avg}</translation>
    </message>
    <message>
        <location filename="../views/trainer/analytics.py" line="142"/>
        <source>most chosen poor reply</source>
        <translation>most chosen poor reply</translation>
    </message>
</context>
<context>
    <name>CriteriaChart</name>
    <message>
        <location filename="../views/trainer/chart.py" line="29"/>
        <source>Score per criterion over time</source>
        <translation>Score per criterion over time</translation>
    </message>
    <message>
        <location filename="../views/trainer/chart.py" line="41"/>
        <location filename="../views/trainer/chart.py" line="56"/>
        <source>No finished attempt yet.</source>
        <translation>No finished attempt yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/trainer/chart.py" line="43"/>
        <source>%n finished attempt(s); the last one: </source>
        <translation>
            <numerusform>%n finished attempt; the last one: </numerusform>
            <numerusform>%n finished attempts; the last one: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/trainer/chart.py" line="73"/>
        <source>first</source>
        <translation>first</translation>
    </message>
    <message>
        <location filename="../views/trainer/chart.py" line="75"/>
        <source>latest</source>
        <translation>latest</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../views/trainer/dashboard.py" line="61"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../views/trainer/dashboard.py" line="73"/>
        <source>Trainees and scenarios</source>
        <translation>Trainees and scenarios</translation>
    </message>
    <message>
        <location filename="../views/trainer/dashboard.py" line="81"/>
        <source>Enter or double-click a row to open the trainee&apos;s page. Click a column title to sort.</source>
        <translation>Enter or double-click a row to open the trainee&apos;s page. Click a column title to sort.</translation>
    </message>
    <message>
        <location filename="../views/trainer/dashboard.py" line="86"/>
        <location filename="../views/trainer/dashboard.py" line="94"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../views/trainer/dashboard.py" line="87"/>
        <location filename="../views/trainer/dashboard.py" line="94"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../views/trainer/dashboard.py" line="88"/>
        <location filename="../views/trainer/dashboard.py" line="95"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../views/trainer/dashboard.py" line="90"/>
        <location filename="../views/trainer/dashboard.py" line="95"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../views/trainer/dashboard.py" line="91"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../views/trainer/dashboard.py" line="100"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../views/trainer/dashboard.py" line="114"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/trainer/dashboard.py" line="130"/>
        <source>%n trainee(s), </source>
        <translation>
            <numerusform>%n trainee, </numerusform>
            <numerusform>%n trainees, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/trainer/dashboard.py" line="130"/>
        <source>%n validated result(s).</source>
        <translation>
            <numerusform>%n validated result.</numerusform>
            <numerusform>%n validated results.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="47"/>
        <location filename="../views/trainer/export_dialog.py" line="53"/>
        <source>Export completion records</source>
        <translation>Export completion records</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="56"/>
        <source>Export progress</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="61"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="68"/>
        <location filename="../views/trainer/export_dialog.py" line="88"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="69"/>
        <source>CSV for French Excel (separator ;)</source>
        <translation>CSV for French Excel (separator ;)</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="69"/>
        <source>CSV (separator ,)</source>
        <translation>CSV (separator ,)</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="70"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel workbook (XLSX)</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="70"/>
        <source>PDF report (certificate for one trainee)</source>
        <translation>PDF report (certificate for one trainee)</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="71"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="71"/>
        <source>xAPI statements (JSON)</source>
        <translation>xAPI statements (JSON)</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="72"/>
        <source>Bundle for another shop PC</source>
        <translation>Bundle for another shop PC</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="76"/>
        <location filename="../views/trainer/export_dialog.py" line="88"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="77"/>
        <location filename="../views/trainer/export_dialog.py" line="89"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="77"/>
        <location filename="../views/trainer/export_dialog.py" line="89"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="79"/>
        <source>Only this trainee (name or employee number)</source>
        <translation>Only this trainee (name or employee number)</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="80"/>
        <source>everyone</source>
        <translation>everyone</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="82"/>
        <location filename="../views/trainer/export_dialog.py" line="92"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="83"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="83"/>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="90"/>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="97"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="99"/>
        <source>Cancel the export</source>
        <translation>Cancel the export</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="102"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="130"/>
        <source>Save the export as</source>
        <translation>Save the export as</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="137"/>
        <source>Choose where to save the file first.</source>
        <translation>Choose where to save the file first.</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="142"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="153"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/trainer/export_dialog.py" line="163"/>
        <source>Done: %n record(s) written to {path}.</source>
        <translation>
            <numerusform>Done: %n record written to {path}.</numerusform>
            <numerusform>Done: %n records written to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="167"/>
        <source>The export did not work: {reason}</source>
        <translation>The export did not work: {reason}</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="172"/>
        <source>Export cancelled. No file was written.</source>
        <translation>Export cancelled. No file was written.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../views/trainer/worker.py" line="74"/>
        <source>Something went wrong. Nothing was lost; the details are in the log file.</source>
        <translation>Something went wrong. Nothing was lost; the details are in the log file.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../views/trainer/matrix.py" line="29"/>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../views/trainer/matrix.py" line="30"/>
        <source>To retry</source>
        <translation>To retry</translation>
    </message>
    <message>
        <location filename="../views/trainer/matrix.py" line="31"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../views/trainer/matrix.py" line="32"/>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../views/trainer/matrix.py" line="100"/>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <location filename="../views/trainer/matrix.py" line="102"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../views/trainer/matrix.py" line="144"/>
        <source>{status}. Best score: {best}. Attempts: {n}.</source>
        <translation>{status}. Best score: {best}. Attempts: {n}.</translation>
    </message>
    <message>
        <location filename="../views/trainer/matrix.py" line="148"/>
        <source>Validated by {who}, on {day}.</source>
        <translation>Validated by {who}, on {day}.</translation>
    </message>
</context>
<context>
    <name>PasswordGate</name>
    <message>
        <location filename="../views/trainer/gate.py" line="28"/>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <location filename="../views/trainer/gate.py" line="29"/>
        <source>{m} min {s} s</source>
        <translation>{m} min {s} s</translation>
    </message>
    <message>
        <location filename="../views/trainer/gate.py" line="42"/>
        <source>Trainer area: password</source>
        <translation>Trainer area: password</translation>
    </message>
    <message>
        <location filename="../views/trainer/gate.py" line="52"/>
        <source>Trainer area</source>
        <translation>Trainer area</translation>
    </message>
    <message>
        <location filename="../views/trainer/gate.py" line="59"/>
        <location filename="../views/trainer/gate.py" line="61"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../views/trainer/gate.py" line="60"/>
        <location filename="../views/trainer/gate.py" line="62"/>
        <source>Type the password again</source>
        <translation>Type the password again</translation>
    </message>
    <message>
        <location filename="../views/trainer/gate.py" line="65"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../views/trainer/gate.py" line="67"/>
        <location filename="../views/trainer/gate.py" line="97"/>
        <source>Open the trainer area</source>
        <translation>Open the trainer area</translation>
    </message>
    <message>
        <location filename="../views/trainer/gate.py" line="75"/>
        <source>Back to the trainees</source>
        <translation>Back to the trainees</translation>
    </message>
    <message>
        <location filename="../views/trainer/gate.py" line="94"/>
        <source>No trainer password exists yet. Choose one (at least {n} characters) and keep it away from trainees.</source>
        <translation>No trainer password exists yet. Choose one (at least {n} characters) and keep it away from trainees.</translation>
    </message>
    <message>
        <location filename="../views/trainer/gate.py" line="96"/>
        <source>Type the trainer password. Trainees cannot open this area.</source>
        <translation>Type the trainer password. Trainees cannot open this area.</translation>
    </message>
    <message>
        <location filename="../views/trainer/gate.py" line="97"/>
        <source>Save the password and open</source>
        <translation>Save the password and open</translation>
    </message>
    <message>
        <location filename="../views/trainer/gate.py" line="117"/>
        <source>Too many wrong passwords. The trainer area is locked for {wait}.</source>
        <translation>Too many wrong passwords. The trainer area is locked for {wait}.</translation>
    </message>
    <message>
        <location filename="../views/trainer/gate.py" line="133"/>
        <source>You can try again now.</source>
        <translation>You can try again now.</translation>
    </message>
    <message>
        <location filename="../views/trainer/gate.py" line="147"/>
        <source>The password must have at least {n} characters.</source>
        <translation>The password must have at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../views/trainer/gate.py" line="149"/>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>The two passwords are not the same. Type them again.</translation>
    </message>
    <message>
        <location filename="../views/trainer/gate.py" line="174"/>
        <source>This password is not right. Check it and try again.</source>
        <translation>This password is not right. Check it and try again.</translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message>
        <location filename="../views/trainer/privacy.py" line="43"/>
        <source>Records and privacy</source>
        <translation>Records and privacy</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="61"/>
        <source>Completion records</source>
        <translation>Completion records</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="62"/>
        <source>One row per trainee and scenario, for HR: CSV, Excel, PDF, JSON, xAPI, or a bundle to merge into another shop PC.</source>
        <translation>One row per trainee and scenario, for HR: CSV, Excel, PDF, JSON, xAPI, or a bundle to merge into another shop PC.</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="65"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="67"/>
        <source>Import a bundle…</source>
        <translation>Import a bundle…</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="79"/>
        <location filename="../views/trainer/privacy.py" line="83"/>
        <source>Shop of this PC</source>
        <translation>Shop of this PC</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="84"/>
        <source>e.g. Paris Bastille</source>
        <translation>e.g. Paris Bastille</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="86"/>
        <source>Save the shop</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="93"/>
        <source>Learning Record Store (xAPI)</source>
        <translation>Learning Record Store (xAPI)</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="98"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="98"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="99"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="100"/>
        <source>LRS</source>
        <translation>LRS</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="103"/>
        <source>The password is kept on this PC, in the record book: use an LRS key that can only send statements.</source>
        <translation>The password is kept on this PC, in the record book: use an LRS key that can only send statements.</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="106"/>
        <source>Sending progress</source>
        <translation>Sending progress</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="111"/>
        <source>LRS message</source>
        <translation>LRS message</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="114"/>
        <source>Save and send now</source>
        <translation>Save and send now</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="116"/>
        <source>Stop sending</source>
        <translation>Stop sending</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="127"/>
        <source>Personal data (GDPR)</source>
        <translation>Personal data (GDPR)</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="131"/>
        <location filename="../views/trainer/privacy.py" line="132"/>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="135"/>
        <source>Export this trainee&apos;s data…</source>
        <translation>Export this trainee&apos;s data…</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="137"/>
        <source>Erase this trainee…</source>
        <translation>Erase this trainee…</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="143"/>
        <location filename="../views/trainer/privacy.py" line="147"/>
        <source>Keep attempts for (months, 0 = keep until erased)</source>
        <translation>Keep attempts for (months, 0 = keep until erased)</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="148"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="150"/>
        <source>Delete older attempts now</source>
        <translation>Delete older attempts now</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="161"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="213"/>
        <source>Choose a trainee first.</source>
        <translation>Choose a trainee first.</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="223"/>
        <source>New profiles on this PC will belong to {shop}.</source>
        <translation>New profiles on this PC will belong to {shop}.</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="224"/>
        <source>New profiles on this PC will belong to no particular shop.</source>
        <translation>New profiles on this PC will belong to no particular shop.</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="227"/>
        <source>Import a bundle</source>
        <translation>Import a bundle</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="229"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="234"/>
        <source>Importing… {percent} %</source>
        <translation>Importing… {percent} %</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/trainer/privacy.py" line="238"/>
        <source>Bundle imported: %n new attempt(s) (the ones already here were kept as they were).</source>
        <translation>
            <numerusform>Bundle imported: %n new attempt (the ones already here were kept as they were).</numerusform>
            <numerusform>Bundle imported: %n new attempts (the ones already here were kept as they were).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/trainer/privacy.py" line="254"/>
        <source>Saved: everything about this trainee (%n attempt(s)) is in {path}.</source>
        <translation>
            <numerusform>Saved: everything about this trainee (%n attempt) is in {path}.</numerusform>
            <numerusform>Saved: everything about this trainee (%n attempts) is in {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/trainer/privacy.py" line="274"/>
        <source>Erased: the trainee and %n attempt(s) are gone from this computer.</source>
        <translation>
            <numerusform>Erased: the trainee and %n attempt are gone from this computer.</numerusform>
            <numerusform>Erased: the trainee and %n attempts are gone from this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/trainer/privacy.py" line="286"/>
        <source>Attempts are kept for %n month(s); older ones are deleted when the simulator starts, once a day.</source>
        <translation>
            <numerusform>Attempts are kept for %n month; older ones are deleted when the simulator starts, once a day.</numerusform>
            <numerusform>Attempts are kept for %n months; older ones are deleted when the simulator starts, once a day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/trainer/privacy.py" line="296"/>
        <source>%n old attempt(s) deleted.</source>
        <translation>
            <numerusform>%n old attempt deleted.</numerusform>
            <numerusform>%n old attempts deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/trainer/privacy.py" line="320"/>
        <source>%n statement(s) sent, </source>
        <translation>
            <numerusform>%n statement sent, </numerusform>
            <numerusform>%n statements sent, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/trainer/privacy.py" line="320"/>
        <source>%n still waiting.</source>
        <translation>
            <numerusform>%n still waiting.</numerusform>
            <numerusform>%n still waiting.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="248"/>
        <source>Save the trainee&apos;s data as</source>
        <translation>Save the trainee&apos;s data as</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="259"/>
        <source>Erase a trainee</source>
        <translation>Erase a trainee</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="260"/>
        <source>This deletes every attempt, note and queued record of {name}, for good. Type the name to confirm:</source>
        <translation>This deletes every attempt, note and queued record of {name}, for good. Type the name to confirm:</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="269"/>
        <source>Nothing was erased (the name typed did not match).</source>
        <translation>Nothing was erased (the name typed did not match).</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="289"/>
        <source>Attempts are kept until a trainee is erased.</source>
        <translation>Attempts are kept until a trainee is erased.</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="302"/>
        <source>Type the LRS address first.</source>
        <translation>Type the LRS address first.</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="308"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="324"/>
        <source>The LRS did not answer: they will be sent next time.</source>
        <translation>The LRS did not answer: they will be sent next time.</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="332"/>
        <source>Sending stopped. What was not sent stays queued for next time.</source>
        <translation>Sending stopped. What was not sent stays queued for next time.</translation>
    </message>
</context>
<context>
    <name>ReplayView</name>
    <message>
        <location filename="../views/trainer/replay.py" line="38"/>
        <source>Attempt replay</source>
        <translation>Attempt replay</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="41"/>
        <source>← Back to the trainee</source>
        <translation>← Back to the trainee</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="50"/>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="58"/>
        <source>Trainer&apos;s review</source>
        <translation>Trainer&apos;s review</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="60"/>
        <source>Sign-off</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="65"/>
        <location filename="../views/trainer/replay.py" line="70"/>
        <source>Your name (trainer)</source>
        <translation>Your name (trainer)</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="68"/>
        <location filename="../views/trainer/replay.py" line="71"/>
        <source>Note for this attempt</source>
        <translation>Note for this attempt</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="76"/>
        <source>Save the note</source>
        <translation>Save the note</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="78"/>
        <source>Validate (sign off)</source>
        <translation>Validate (sign off)</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="87"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="115"/>
        <source>Started {when}.</source>
        <translation>Started {when}.</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="121"/>
        <source>Customer:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="121"/>
        <source>Chosen reply:</source>
        <translation>Chosen reply:</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="122"/>
        <source>Time taken:</source>
        <translation>Time taken:</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="122"/>
        <source>Ending:</source>
        <translation>Ending:</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="139"/>
        <source>No reply was chosen in this attempt.</source>
        <translation>No reply was chosen in this attempt.</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="145"/>
        <source>Validated by {who}, on {day}.</source>
        <translation>Validated by {who}, on {day}.</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="148"/>
        <source>Note by {who}: {note}</source>
        <translation>Note by {who}: {note}</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="149"/>
        <source>Not validated yet.</source>
        <translation>Not validated yet.</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="160"/>
        <source>Type your name first: it is written on the sign-off.</source>
        <translation>Type your name first: it is written on the sign-off.</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="164"/>
        <source>The note is empty: there is nothing to save.</source>
        <translation>The note is empty: there is nothing to save.</translation>
    </message>
</context>
<context>
    <name>TraineePageView</name>
    <message>
        <location filename="../views/trainer/trainee.py" line="34"/>
        <source>Trainee page</source>
        <translation>Trainee page</translation>
    </message>
    <message>
        <location filename="../views/trainer/trainee.py" line="38"/>
        <source>← Back to the dashboard</source>
        <translation>← Back to the dashboard</translation>
    </message>
    <message>
        <location filename="../views/trainer/trainee.py" line="54"/>
        <source>Score per criterion over time</source>
        <translation>Score per criterion over time</translation>
    </message>
    <message>
        <location filename="../views/trainer/trainee.py" line="56"/>
        <source>Criterion to work on</source>
        <translation>Criterion to work on</translation>
    </message>
    <message>
        <location filename="../views/trainer/trainee.py" line="64"/>
        <location filename="../views/trainer/trainee.py" line="66"/>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../views/trainer/trainee.py" line="67"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../views/trainer/trainee.py" line="67"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../views/trainer/trainee.py" line="68"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../views/trainer/trainee.py" line="68"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../views/trainer/trainee.py" line="74"/>
        <source>Enter or double-click an attempt to replay it.</source>
        <translation>Enter or double-click an attempt to replay it.</translation>
    </message>
    <message>
        <location filename="../views/trainer/trainee.py" line="79"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../views/trainer/trainee.py" line="90"/>
        <source>no shop</source>
        <translation>no shop</translation>
    </message>
    <message>
        <location filename="../views/trainer/trainee.py" line="91"/>
        <source>employee number {n}</source>
        <translation>employee number {n}</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/trainer/trainee.py" line="92"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/trainer/trainee.py" line="103"/>
        <source>No finished attempt yet: nothing to judge.</source>
        <translation>No finished attempt yet: nothing to judge.</translation>
    </message>
    <message>
        <location filename="../views/trainer/trainee.py" line="105"/>
        <source>To work on first: {criterion} (average {score}/100). Others: {others}.</source>
        <translation>To work on first: {criterion} (average {score}/100). Others: {others}.</translation>
    </message>
    <message>
        <location filename="../views/trainer/trainee.py" line="124"/>
        <source>Not finished</source>
        <translation>Not finished</translation>
    </message>
    <message>
        <location filename="../views/trainer/trainee.py" line="126"/>
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <location filename="../views/trainer/trainee.py" line="127"/>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../views/trainer/trainee.py" line="127"/>
        <source>Not passed</source>
        <translation>Not passed</translation>
    </message>
</context>
<context>
    <name>TrainerArea</name>
    <message>
        <location filename="../views/trainer/area.py" line="128"/>
        <source>Trainer area</source>
        <translation>Trainer area</translation>
    </message>
</context>
<context>
    <name>TrainerParts</name>
    <message>
        <location filename="../views/trainer/parts.py" line="19"/>
        <source>any day</source>
        <translation>any day</translation>
    </message>
    <message>
        <location filename="../views/trainer/parts.py" line="34"/>
        <source>All shops</source>
        <translation>All shops</translation>
    </message>
</context>
<context>
    <name>TrainerProblems</name>
    <message>
        <location filename="../views/trainer/problems.py" line="21"/>
        <source>The file {file} could not be used ({reason}).</source>
        <translation>The file {file} could not be used ({reason}).</translation>
    </message>
    <message>
        <location filename="../views/trainer/problems.py" line="28"/>
        <source>The disk is full: {file} could not be written. Free some space or choose another drive; nothing was changed there.</source>
        <translation>The disk is full: {file} could not be written. Free some space or choose another drive; nothing was changed there.</translation>
    </message>
    <message>
        <location filename="../views/trainer/problems.py" line="31"/>
        <source>{file} cannot be written there (no permission, or a read-only drive). Choose another folder; nothing was changed there.</source>
        <translation>{file} cannot be written there (no permission, or a read-only drive). Choose another folder; nothing was changed there.</translation>
    </message>
    <message>
        <location filename="../views/trainer/problems.py" line="34"/>
        <source>{file} could not be written ({reason}); nothing was changed there.</source>
        <translation>{file} could not be written ({reason}); nothing was changed there.</translation>
    </message>
    <message>
        <location filename="../views/trainer/problems.py" line="36"/>
        <source>The folder {folder} does not exist; choose another place to save the file.</source>
        <translation>The folder {folder} does not exist; choose another place to save the file.</translation>
    </message>
    <message>
        <location filename="../views/trainer/problems.py" line="38"/>
        <source>No trainee called &quot;{name}&quot; is in the record book.</source>
        <translation>No trainee called &quot;{name}&quot; is in the record book.</translation>
    </message>
    <message>
        <location filename="../views/trainer/problems.py" line="40"/>
        <source>Several trainees are called &quot;{name}&quot;. Give the employee id instead.</source>
        <translation>Several trainees are called &quot;{name}&quot;. Give the employee id instead.</translation>
    </message>
    <message>
        <location filename="../views/trainer/problems.py" line="42"/>
        <source>The retention period must be at least 1 month.</source>
        <translation>The retention period must be at least 1 month.</translation>
    </message>
    <message>
        <location filename="../views/trainer/problems.py" line="44"/>
        <source>No retention period is set yet: choose a number of months and save it first.</source>
        <translation>No retention period is set yet: choose a number of months and save it first.</translation>
    </message>
    <message>
        <location filename="../views/trainer/problems.py" line="46"/>
        <source>There is no file {file}.</source>
        <translation>There is no file {file}.</translation>
    </message>
    <message>
        <location filename="../views/trainer/problems.py" line="48"/>
        <source>{file} is not a bundle made by the simulator; nothing was imported.</source>
        <translation>{file} is not a bundle made by the simulator; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../views/trainer/problems.py" line="50"/>
        <source>{file} was made by a newer version of the simulator; update this one to import it. Nothing was imported.</source>
        <translation>{file} was made by a newer version of the simulator; update this one to import it. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../views/trainer/problems.py" line="53"/>
        <source>This bundle is damaged or incomplete; nothing was imported.</source>
        <translation>This bundle is damaged or incomplete; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../views/trainer/problems.py" line="55"/>
        <source>Some records in this bundle are not valid, so nothing was imported. The details are in the log file.</source>
        <translation>Some records in this bundle are not valid, so nothing was imported. The details are in the log file.</translation>
    </message>
    <message>
        <location filename="../views/trainer/problems.py" line="58"/>
        <source>No LRS address is set: type it above, then send.</source>
        <translation>No LRS address is set: type it above, then send.</translation>
    </message>
    <message>
        <location filename="../views/trainer/problems.py" line="60"/>
        <source>The LRS at {endpoint} refused the user name or password (HTTP {status}). Check them; the statements stay queued.</source>
        <translation>The LRS at {endpoint} refused the user name or password (HTTP {status}). Check them; the statements stay queued.</translation>
    </message>
    <message>
        <location filename="../views/trainer/problems.py" line="63"/>
        <source>The LRS at {endpoint} cannot be reached (no network, or a wrong address). The statements stay queued and will be sent next time.</source>
        <translation>The LRS at {endpoint} cannot be reached (no network, or a wrong address). The statements stay queued and will be sent next time.</translation>
    </message>
    <message>
        <location filename="../views/trainer/problems.py" line="66"/>
        <source>The LRS at {endpoint} kept failing (HTTP {status}). The statements stay queued and will be sent next time.</source>
        <translation>The LRS at {endpoint} kept failing (HTTP {status}). The statements stay queued and will be sent next time.</translation>
    </message>
</context>
<context>
    <name>TrainerScreens</name>
    <message>
        <location filename="../views/trainer/area.py" line="41"/>
        <source>Trainer area</source>
        <translation>Trainer area</translation>
    </message>
    <message>
        <location filename="../views/trainer/area.py" line="42"/>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../views/trainer/area.py" line="42"/>
        <source>Log out and leave the trainer area</source>
        <translation>Log out and leave the trainer area</translation>
    </message>
    <message>
        <location filename="../views/trainer/area.py" line="55"/>
        <source>Trainer screens</source>
        <translation>Trainer screens</translation>
    </message>
    <message>
        <location filename="../views/trainer/area.py" line="56"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../views/trainer/area.py" line="57"/>
        <source>&amp;Scenario analytics</source>
        <translation>&amp;Scenario analytics</translation>
    </message>
    <message>
        <location filename="../views/trainer/area.py" line="58"/>
        <source>&amp;Records and privacy</source>
        <translation>&amp;Records and privacy</translation>
    </message>
</context>
</TS>
