<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnalyticsView</name>
    <message>
        <source>Scenario analytics</source>
        <translation>Scenario analytics</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Where trainees go wrong</source>
        <translation>Where trainees go wrong</translation>
    </message>
    <message>
        <source>No scenario is installed.</source>
        <translation>No scenario is installed.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Nobody has played this scenario yet.</source>
        <translation>Nobody has played this scenario yet.</translation>
    </message>
    <message>
        <source>No reply stands out as a common mistake.</source>
        <translation>No reply stands out as a common mistake.</translation>
    </message>
    <message>
        <source>Where trainees go wrong most: when the customer says “{customer}”, {share}% choose “{reply}” (average score {avg}).</source>
        <translation>Where trainees go wrong most: when the customer says “{customer}”, {share}% choose “{reply}” (average score {avg}).</translation>
    </message>
    <message>
        <source>Customer: “{text}”</source>
        <translation>Customer: “{text}”</translation>
    </message>
    <message>
        <source>Reached {n} times.</source>
        <translation>Reached {n} times.</translation>
    </message>
    <message>
        <source>{share}% ({n}) · average score {avg}</source>
        <translation>{share}% ({n}) · average score {avg}</translation>
    </message>
    <message>
        <source>most chosen poor reply</source>
        <translation>most chosen poor reply</translation>
    </message>
</context>
<context>
    <name>CriteriaChart</name>
    <message>
        <source>Score per criterion over time</source>
        <translation>Score per criterion over time</translation>
    </message>
    <message>
        <source>No finished attempt yet.</source>
        <translation>No finished attempt yet.</translation>
    </message>
    <message>
        <source>{n} finished attempts; the last one: </source>
        <translation>{n} finished attempts; the last one: </translation>
    </message>
    <message>
        <source>first</source>
        <translation>first</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>latest</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Trainees and scenarios</source>
        <translation>Trainees and scenarios</translation>
    </message>
    <message>
        <source>Enter or double-click a row to open the trainee's page. Click a column title to sort.</source>
        <translation>Enter or double-click a row to open the trainee's page. Click a column title to sort.</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>{n} trainees, {s} validated results.</source>
        <translation>{n} trainees, {s} validated results.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export completion records</source>
        <translation>Export completion records</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>CSV for French Excel (separator ;)</source>
        <translation>CSV for French Excel (separator ;)</translation>
    </message>
    <message>
        <source>CSV (separator ,)</source>
        <translation>CSV (separator ,)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel workbook (XLSX)</translation>
    </message>
    <message>
        <source>PDF report (certificate for one trainee)</source>
        <translation>PDF report (certificate for one trainee)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>xAPI statements (JSON)</source>
        <translation>xAPI statements (JSON)</translation>
    </message>
    <message>
        <source>Bundle for another shop PC</source>
        <translation>Bundle for another shop PC</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Only this trainee (name or employee number)</source>
        <translation>Only this trainee (name or employee number)</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>everyone</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Cancel the export</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>Save the export as</translation>
    </message>
    <message>
        <source>Choose where to save the file first.</source>
        <translation>Choose where to save the file first.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Done: {n} records written to {path}.</source>
        <translation>Done: {n} records written to {path}.</translation>
    </message>
    <message>
        <source>The export did not work: {reason}</source>
        <translation>The export did not work: {reason}</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>Export cancelled. No file was written.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Something went wrong. Nothing was lost; the details are in the log file.</source>
        <translation>Something went wrong. Nothing was lost; the details are in the log file.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>To retry</source>
        <translation>To retry</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>✔ validated</source>
        <translation>✔ validated</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>{status}. Best score: {best}. Attempts: {n}.</source>
        <translation>{status}. Best score: {best}. Attempts: {n}.</translation>
    </message>
    <message>
        <source>Validated by {who}, on {day}.</source>
        <translation>Validated by {who}, on {day}.</translation>
    </message>
</context>
<context>
    <name>PasswordGate</name>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>{m} min {s} s</source>
        <translation>{m} min {s} s</translation>
    </message>
    <message>
        <source>Trainer area: password</source>
        <translation>Trainer area: password</translation>
    </message>
    <message>
        <source>Trainer area</source>
        <translation>Trainer area</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Type the password again</source>
        <translation>Type the password again</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Open the trainer area</source>
        <translation>Open the trainer area</translation>
    </message>
    <message>
        <source>Back to the trainees</source>
        <translation>Back to the trainees</translation>
    </message>
    <message>
        <source>No trainer password exists yet. Choose one (at least {n} characters) and keep it away from trainees.</source>
        <translation>No trainer password exists yet. Choose one (at least {n} characters) and keep it away from trainees.</translation>
    </message>
    <message>
        <source>Type the trainer password. Trainees cannot open this area.</source>
        <translation>Type the trainer password. Trainees cannot open this area.</translation>
    </message>
    <message>
        <source>Save the password and open</source>
        <translation>Save the password and open</translation>
    </message>
    <message>
        <source>Too many wrong passwords. The trainer area is locked for {wait}.</source>
        <translation>Too many wrong passwords. The trainer area is locked for {wait}.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>You can try again now.</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>The password must have at least {n} characters.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>The two passwords are not the same. Type them again.</translation>
    </message>
    <message>
        <source>This password is not right. Check it and try again.</source>
        <translation>This password is not right. Check it and try again.</translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message>
        <source>Records and privacy</source>
        <translation>Records and privacy</translation>
    </message>
    <message>
        <source>Completion records</source>
        <translation>Completion records</translation>
    </message>
    <message>
        <source>One row per trainee and scenario, for HR: CSV, Excel, PDF, JSON, xAPI, or a bundle to merge into another shop PC.</source>
        <translation>One row per trainee and scenario, for HR: CSV, Excel, PDF, JSON, xAPI, or a bundle to merge into another shop PC.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Import a bundle…</source>
        <translation>Import a bundle…</translation>
    </message>
    <message>
        <source>Learning Record Store (xAPI)</source>
        <translation>Learning Record Store (xAPI)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>LRS</source>
        <translation>LRS</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Sending progress</translation>
    </message>
    <message>
        <source>LRS message</source>
        <translation>LRS message</translation>
    </message>
    <message>
        <source>Save and send now</source>
        <translation>Save and send now</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Stop sending</translation>
    </message>
    <message>
        <source>Personal data (GDPR)</source>
        <translation>Personal data (GDPR)</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Export this trainee's data…</source>
        <translation>Export this trainee's data…</translation>
    </message>
    <message>
        <source>Erase this trainee…</source>
        <translation>Erase this trainee…</translation>
    </message>
    <message>
        <source>Keep attempts for (months, 0 = keep until erased)</source>
        <translation>Keep attempts for (months, 0 = keep until erased)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Delete older attempts now</source>
        <translation>Delete older attempts now</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Not sent: {reason}</translation>
    </message>
    <message>
        <source>Choose a trainee first.</source>
        <translation>Choose a trainee first.</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Import a bundle</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Bundle imported: {n} new attempts (the ones already here were kept as they were).</source>
        <translation>Bundle imported: {n} new attempts (the ones already here were kept as they were).</translation>
    </message>
    <message>
        <source>Save the trainee's data as</source>
        <translation>Save the trainee's data as</translation>
    </message>
    <message>
        <source>Saved: everything about this trainee ({n} attempts) is in {path}.</source>
        <translation>Saved: everything about this trainee ({n} attempts) is in {path}.</translation>
    </message>
    <message>
        <source>Erase a trainee</source>
        <translation>Erase a trainee</translation>
    </message>
    <message>
        <source>This deletes every attempt, note and queued record of {name}, for good. Type the name to confirm:</source>
        <translation>This deletes every attempt, note and queued record of {name}, for good. Type the name to confirm:</translation>
    </message>
    <message>
        <source>Nothing was erased (the name typed did not match).</source>
        <translation>Nothing was erased (the name typed did not match).</translation>
    </message>
    <message>
        <source>Erased: the trainee and {n} attempts are gone from this computer.</source>
        <translation>Erased: the trainee and {n} attempts are gone from this computer.</translation>
    </message>
    <message>
        <source>Attempts are kept for {n} months.</source>
        <translation>Attempts are kept for {n} months.</translation>
    </message>
    <message>
        <source>Attempts are kept until a trainee is erased.</source>
        <translation>Attempts are kept until a trainee is erased.</translation>
    </message>
    <message>
        <source>{n} old attempts deleted.</source>
        <translation>{n} old attempts deleted.</translation>
    </message>
    <message>
        <source>Type the LRS address first.</source>
        <translation>Type the LRS address first.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>{sent} statements sent, {pending} still waiting.</source>
        <translation>{sent} statements sent, {pending} still waiting.</translation>
    </message>
    <message>
        <source>The LRS did not answer: they will be sent next time.</source>
        <translation>The LRS did not answer: they will be sent next time.</translation>
    </message>
    <message>
        <source>Sending stopped. What was not sent stays queued for next time.</source>
        <translation>Sending stopped. What was not sent stays queued for next time.</translation>
    </message>
</context>
<context>
    <name>ReplayView</name>
    <message>
        <source>Attempt replay</source>
        <translation>Attempt replay</translation>
    </message>
    <message>
        <source>← Back to the trainee</source>
        <translation>← Back to the trainee</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <source>Trainer's review</source>
        <translation>Trainer's review</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <source>Your name (trainer)</source>
        <translation>Your name (trainer)</translation>
    </message>
    <message>
        <source>Note for this attempt</source>
        <translation>Note for this attempt</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Save the note</translation>
    </message>
    <message>
        <source>Validate (sign off)</source>
        <translation>Validate (sign off)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Started {when} (UTC).</source>
        <translation>Started {when} (UTC).</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Chosen reply</source>
        <translation>Chosen reply</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Time taken</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Ending</translation>
    </message>
    <message>
        <source>No reply was chosen in this attempt.</source>
        <translation>No reply was chosen in this attempt.</translation>
    </message>
    <message>
        <source>Validated by {who}, on {day}.</source>
        <translation>Validated by {who}, on {day}.</translation>
    </message>
    <message>
        <source>Note by {who}: {note}</source>
        <translation>Note by {who}: {note}</translation>
    </message>
    <message>
        <source>Not validated yet.</source>
        <translation>Not validated yet.</translation>
    </message>
    <message>
        <source>Type your name first: it is written on the sign-off.</source>
        <translation>Type your name first: it is written on the sign-off.</translation>
    </message>
    <message>
        <source>The note is empty: there is nothing to save.</source>
        <translation>The note is empty: there is nothing to save.</translation>
    </message>
</context>
<context>
    <name>TraineePageView</name>
    <message>
        <source>Trainee page</source>
        <translation>Trainee page</translation>
    </message>
    <message>
        <source>← Back to the dashboard</source>
        <translation>← Back to the dashboard</translation>
    </message>
    <message>
        <source>Score per criterion over time</source>
        <translation>Score per criterion over time</translation>
    </message>
    <message>
        <source>Criterion to work on</source>
        <translation>Criterion to work on</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Enter or double-click an attempt to replay it.</source>
        <translation>Enter or double-click an attempt to replay it.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>no shop</source>
        <translation>no shop</translation>
    </message>
    <message>
        <source>employee number {n}</source>
        <translation>employee number {n}</translation>
    </message>
    <message>
        <source>{n} attempts</source>
        <translation>{n} attempts</translation>
    </message>
    <message>
        <source>No finished attempt yet: nothing to judge.</source>
        <translation>No finished attempt yet: nothing to judge.</translation>
    </message>
    <message>
        <source>To work on first: {criterion} (average {score}/100). Others: {others}.</source>
        <translation>To work on first: {criterion} (average {score}/100). Others: {others}.</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Not finished</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Not passed</translation>
    </message>
</context>
<context>
    <name>TrainerArea</name>
    <message>
        <source>Trainer area</source>
        <translation>Trainer area</translation>
    </message>
</context>
<context>
    <name>TrainerParts</name>
    <message>
        <source>any day</source>
        <translation>any day</translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>All shops</translation>
    </message>
</context>
<context>
    <name>TrainerScreens</name>
    <message>
        <source>Trainer area</source>
        <translation>Trainer area</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Log out and leave the trainer area</source>
        <translation>Log out and leave the trainer area</translation>
    </message>
    <message>
        <source>Trainer screens</source>
        <translation>Trainer screens</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Scenario analytics</source>
        <translation>&amp;Scenario analytics</translation>
    </message>
    <message>
        <source>&amp;Records and privacy</source>
        <translation>&amp;Records and privacy</translation>
    </message>
</context>
</TS>