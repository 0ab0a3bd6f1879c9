<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="99"/>
        <source>Customer experience trainer</source>
        <translation>Customer experience trainer</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <location filename="../views/catalogue.py" line="38"/>
        <source>Choose a situation</source>
        <translation>Choose a situation</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="52"/>
        <source>Situations</source>
        <translation>Situations</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="68"/>
        <source>Choose a situation to practise.</source>
        <translation>Choose a situation to practise.</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="70"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="72"/>
        <source>Not you? Change person</source>
        <translation>Not you? Change person</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="84"/>
        <source>Resume where I stopped</source>
        <translation>Resume where I stopped</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="95"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="102"/>
        <source>Scenarios that could not be loaded</source>
        <translation>Scenarios that could not be loaded</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="121"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="122"/>
        <source>Customer:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="133"/>
        <source>No situation is installed yet. Ask your trainer.</source>
        <translation>No situation is installed yet. Ask your trainer.</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="140"/>
        <source>Practice: advice after each reply</source>
        <translation>Practice: advice after each reply</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="141"/>
        <source>Assessment: results at the end</source>
        <translation>Assessment: results at the end</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="152"/>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="154"/>
        <location filename="../views/catalogue.py" line="245"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="164"/>
        <source>Hello {name}</source>
        <translation>Hello {name}</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="180"/>
        <source>This situation could not be opened: {reason}</source>
        <translation>This situation could not be opened: {reason}</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="193"/>
        <source>Files not loaded: {count}</source>
        <translation>Files not loaded: {count}</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="202"/>
        <source>You did not finish “{title}”. Your replies are saved.</source>
        <translation>You did not finish “{title}”. Your replies are saved.</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="244"/>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="245"/>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
</context>
<context>
    <name>DebriefView</name>
    <message>
        <location filename="../views/debrief.py" line="38"/>
        <source>Your conversation, reply by reply</source>
        <translation>Your conversation, reply by reply</translation>
    </message>
    <message>
        <location filename="../views/debrief.py" line="60"/>
        <source>Your scores (out of 100, dashed line: pass mark)</source>
        <translation>Your scores (out of 100, dashed line: pass mark)</translation>
    </message>
    <message>
        <location filename="../views/debrief.py" line="71"/>
        <source>Back to the situations</source>
        <translation>Back to the situations</translation>
    </message>
    <message>
        <location filename="../views/debrief.py" line="73"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../views/debrief.py" line="83"/>
        <source>Results: {title}</source>
        <translation>Results: {title}</translation>
    </message>
    <message>
        <location filename="../views/debrief.py" line="84"/>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../views/debrief.py" line="84"/>
        <source>Not passed yet</source>
        <translation>Not passed yet</translation>
    </message>
    <message>
        <location filename="../views/debrief.py" line="89"/>
        <source>To pass: at least {criterion} on each criterion and {overall} overall.</source>
        <translation>To pass: at least {criterion} on each criterion and {overall} overall.</translation>
    </message>
    <message>
        <location filename="../views/debrief.py" line="93"/>
        <source>To work on first: {criterion}</source>
        <translation>To work on first: {criterion}</translation>
    </message>
    <message>
        <location filename="../views/debrief.py" line="118"/>
        <source>{number}. The customer: {line}</source>
        <translation>{number}. The customer: {line}</translation>
    </message>
    <message>
        <location filename="../views/debrief.py" line="120"/>
        <source>You: {reply}</source>
        <translation>You: {reply}</translation>
    </message>
    <message>
        <location filename="../views/debrief.py" line="121"/>
        <source>Well done: {principle}</source>
        <translation>Well done: {principle}</translation>
    </message>
    <message>
        <location filename="../views/debrief.py" line="121"/>
        <source>To avoid: {principle}</source>
        <translation>To avoid: {principle}</translation>
    </message>
    <message>
        <location filename="../views/debrief.py" line="128"/>
        <source>Better: {reply}</source>
        <translation>Better: {reply}</translation>
    </message>
</context>
<context>
    <name>Doing</name>
    <message>
        <location filename="../texts.py" line="195"/>
        <source>save your work</source>
        <translation>save your work</translation>
    </message>
    <message>
        <location filename="../texts.py" line="196"/>
        <source>save the trainee</source>
        <translation>save the trainee</translation>
    </message>
    <message>
        <location filename="../texts.py" line="197"/>
        <source>start the attempt</source>
        <translation>start the attempt</translation>
    </message>
    <message>
        <location filename="../texts.py" line="198"/>
        <source>save your last choice</source>
        <translation>save your last choice</translation>
    </message>
    <message>
        <location filename="../texts.py" line="199"/>
        <source>open the record book</source>
        <translation>open the record book</translation>
    </message>
    <message>
        <location filename="../texts.py" line="200"/>
        <source>read the record book</source>
        <translation>read the record book</translation>
    </message>
    <message>
        <location filename="../texts.py" line="201"/>
        <source>upgrade the record book</source>
        <translation>upgrade the record book</translation>
    </message>
    <message>
        <location filename="../texts.py" line="202"/>
        <source>make a backup</source>
        <translation>make a backup</translation>
    </message>
    <message>
        <location filename="../texts.py" line="203"/>
        <source>save the review</source>
        <translation>save the review</translation>
    </message>
    <message>
        <location filename="../texts.py" line="204"/>
        <source>write the audit log</source>
        <translation>write the audit log</translation>
    </message>
    <message>
        <location filename="../texts.py" line="205"/>
        <source>queue the record</source>
        <translation>queue the record</translation>
    </message>
    <message>
        <location filename="../texts.py" line="206"/>
        <source>queue the records to send</source>
        <translation>queue the records to send</translation>
    </message>
    <message>
        <location filename="../texts.py" line="207"/>
        <source>mark records as sent</source>
        <translation>mark records as sent</translation>
    </message>
    <message>
        <location filename="../texts.py" line="208"/>
        <source>note the failed send</source>
        <translation>note the failed send</translation>
    </message>
    <message>
        <location filename="../texts.py" line="209"/>
        <source>save a setting</source>
        <translation>save a setting</translation>
    </message>
    <message>
        <location filename="../texts.py" line="210"/>
        <source>erase the trainee</source>
        <translation>erase the trainee</translation>
    </message>
    <message>
        <location filename="../texts.py" line="211"/>
        <source>purge old attempts</source>
        <translation>purge old attempts</translation>
    </message>
    <message>
        <location filename="../texts.py" line="212"/>
        <source>delete the demo data</source>
        <translation>delete the demo data</translation>
    </message>
    <message>
        <location filename="../texts.py" line="213"/>
        <source>add the demo data</source>
        <translation>add the demo data</translation>
    </message>
    <message>
        <location filename="../texts.py" line="214"/>
        <source>import the bundle</source>
        <translation>import the bundle</translation>
    </message>
    <message>
        <location filename="../texts.py" line="215"/>
        <source>open the trainer area</source>
        <translation>open the trainer area</translation>
    </message>
    <message>
        <location filename="../texts.py" line="216"/>
        <source>count the wrong password</source>
        <translation>count the wrong password</translation>
    </message>
    <message>
        <location filename="../texts.py" line="217"/>
        <source>save the result</source>
        <translation>save the result</translation>
    </message>
    <message>
        <location filename="../texts.py" line="218"/>
        <source>abandon the attempt</source>
        <translation>abandon the attempt</translation>
    </message>
    <message>
        <location filename="../texts.py" line="219"/>
        <source>prepare the restore</source>
        <translation>prepare the restore</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../errors.py" line="85"/>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../errors.py" line="86"/>
        <source>Something unexpected happened. Your replies already given are saved. If it happens again, show this message to your trainer.</source>
        <translation>Something unexpected happened. Your replies already given are saved. If it happens again, show this message to your trainer.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="89"/>
        <source>Details were written to {path}</source>
        <translation>Details were written to {path}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="59"/>
        <source>Customer experience trainer</source>
        <translation>Customer experience trainer</translation>
    </message>
</context>
<context>
    <name>MoodIndicator</name>
    <message>
        <location filename="../widgets/mood.py" line="61"/>
        <source>anger</source>
        <translation>anger</translation>
    </message>
    <message>
        <location filename="../widgets/mood.py" line="61"/>
        <source>irritation</source>
        <translation>irritation</translation>
    </message>
    <message>
        <location filename="../widgets/mood.py" line="61"/>
        <source>unease</source>
        <translation>unease</translation>
    </message>
    <message>
        <location filename="../widgets/mood.py" line="61"/>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <location filename="../widgets/mood.py" line="62"/>
        <source>at ease</source>
        <translation>at ease</translation>
    </message>
    <message>
        <location filename="../widgets/mood.py" line="62"/>
        <source>satisfaction</source>
        <translation>satisfaction</translation>
    </message>
    <message>
        <location filename="../widgets/mood.py" line="62"/>
        <source>delight</source>
        <translation>delight</translation>
    </message>
    <message>
        <location filename="../widgets/mood.py" line="68"/>
        <source>Mood: {word}</source>
        <translation>Mood: {word}</translation>
    </message>
</context>
<context>
    <name>PersonaPicture</name>
    <message>
        <location filename="../widgets/persona.py" line="48"/>
        <source>Customer&apos;s picture</source>
        <translation>Customer&apos;s picture</translation>
    </message>
</context>
<context>
    <name>PlayView</name>
    <message>
        <location filename="../views/play.py" line="58"/>
        <source>Stop for now</source>
        <translation>Stop for now</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="59"/>
        <source>Your replies are saved: you can resume later.</source>
        <translation>Your replies are saved: you can resume later.</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="85"/>
        <source>What the customer says</source>
        <translation>What the customer says</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="87"/>
        <source>Your reply (press its number):</source>
        <translation>Your reply (press its number):</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="106"/>
        <source>Feedback on your reply</source>
        <translation>Feedback on your reply</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="108"/>
        <location filename="../views/play.py" line="172"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="120"/>
        <source>Hear again</source>
        <translation>Hear again</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="125"/>
        <source>Voice speed</source>
        <translation>Voice speed</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="126"/>
        <source>Slow voice</source>
        <translation>Slow voice</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="126"/>
        <source>Normal voice</source>
        <translation>Normal voice</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="127"/>
        <source>Fast voice</source>
        <translation>Fast voice</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="143"/>
        <source>Step {number} · {mode}</source>
        <translation>Step {number} · {mode}</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="168"/>
        <source>Well done: {principle}</source>
        <translation>Well done: {principle}</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="168"/>
        <source>To avoid: {principle}</source>
        <translation>To avoid: {principle}</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="172"/>
        <source>See my results</source>
        <translation>See my results</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="177"/>
        <source>Turn sound off</source>
        <translation>Turn sound off</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="177"/>
        <source>Turn sound on</source>
        <translation>Turn sound on</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="180"/>
        <source>Sound is off. The text stays on screen.</source>
        <translation>Sound is off. The text stays on screen.</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="212"/>
        <source>Your reply could not be saved: {reason}</source>
        <translation>Your reply could not be saved: {reason}</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="232"/>
        <source>The voice could not be played. The text stays on screen.</source>
        <translation>The voice could not be played. The text stays on screen.</translation>
    </message>
</context>
<context>
    <name>ProfilesView</name>
    <message>
        <location filename="../views/profiles.py" line="23"/>
        <location filename="../views/profiles.py" line="27"/>
        <source>Who is training?</source>
        <translation>Who is training?</translation>
    </message>
    <message>
        <location filename="../views/profiles.py" line="28"/>
        <source>Choose your name, or create your profile if this is your first time.</source>
        <translation>Choose your name, or create your profile if this is your first time.</translation>
    </message>
    <message>
        <location filename="../views/profiles.py" line="43"/>
        <source>I already have a profile</source>
        <translation>I already have a profile</translation>
    </message>
    <message>
        <location filename="../views/profiles.py" line="45"/>
        <source>Trainees</source>
        <translation>Trainees</translation>
    </message>
    <message>
        <location filename="../views/profiles.py" line="48"/>
        <source>That&apos;s me, continue</source>
        <translation>That&apos;s me, continue</translation>
    </message>
    <message>
        <location filename="../views/profiles.py" line="55"/>
        <source>First time here?</source>
        <translation>First time here?</translation>
    </message>
    <message>
        <location filename="../views/profiles.py" line="59"/>
        <source>Your first name and last name</source>
        <translation>Your first name and last name</translation>
    </message>
    <message>
        <location filename="../views/profiles.py" line="62"/>
        <location filename="../views/profiles.py" line="65"/>
        <source>Employee number (optional)</source>
        <translation>Employee number (optional)</translation>
    </message>
    <message>
        <location filename="../views/profiles.py" line="64"/>
        <source>First name and last name</source>
        <translation>First name and last name</translation>
    </message>
    <message>
        <location filename="../views/profiles.py" line="71"/>
        <source>Create my profile</source>
        <translation>Create my profile</translation>
    </message>
    <message>
        <location filename="../views/profiles.py" line="81"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../views/profiles.py" line="83"/>
        <source>Trainer area</source>
        <translation>Trainer area</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <location filename="../widgets/score_chart.py" line="26"/>
        <source>Scores: {list}</source>
        <translation>Scores: {list}</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../views/settings_view.py" line="23"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../views/settings_view.py" line="29"/>
        <location filename="../views/settings_view.py" line="39"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../views/settings_view.py" line="30"/>
        <source>Read the customer&apos;s lines aloud</source>
        <translation>Read the customer&apos;s lines aloud</translation>
    </message>
    <message>
        <location filename="../views/settings_view.py" line="33"/>
        <location filename="../views/settings_view.py" line="40"/>
        <source>Voice speed</source>
        <translation>Voice speed</translation>
    </message>
    <message>
        <location filename="../views/settings_view.py" line="33"/>
        <source>Slow</source>
        <translation>Slow</translation>
    </message>
    <message>
        <location filename="../views/settings_view.py" line="33"/>
        <location filename="../views/settings_view.py" line="35"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../views/settings_view.py" line="33"/>
        <source>Fast</source>
        <translation>Fast</translation>
    </message>
    <message>
        <location filename="../views/settings_view.py" line="35"/>
        <location filename="../views/settings_view.py" line="40"/>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../views/settings_view.py" line="35"/>
        <source>Large</source>
        <translation>Large</translation>
    </message>
    <message>
        <location filename="../views/settings_view.py" line="35"/>
        <source>Very large</source>
        <translation>Very large</translation>
    </message>
    <message>
        <location filename="../views/settings_view.py" line="37"/>
        <location filename="../views/settings_view.py" line="40"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../views/settings_view.py" line="37"/>
        <source>Practice: advice after each reply</source>
        <translation>Practice: advice after each reply</translation>
    </message>
    <message>
        <location filename="../views/settings_view.py" line="38"/>
        <source>Assessment: results at the end</source>
        <translation>Assessment: results at the end</translation>
    </message>
    <message>
        <location filename="../views/settings_view.py" line="39"/>
        <source>Voice</source>
        <translation>Voice</translation>
    </message>
    <message>
        <location filename="../views/settings_view.py" line="50"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../texts.py" line="16"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../texts.py" line="18"/>
        <source>Passed, best score {score}</source>
        <translation>Passed, best score {score}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="20"/>
        <source>To work on again, best score {score}</source>
        <translation>To work on again, best score {score}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="23"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../texts.py" line="29"/>
        <source>The customer will come back and speak well of you.</source>
        <translation>The customer will come back and speak well of you.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="30"/>
        <source>The customer stays silently unhappy: the competition&apos;s best prospect.</source>
        <translation>The customer stays silently unhappy: the competition&apos;s best prospect.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="33"/>
        <source>The customer leaves, and will tell others.</source>
        <translation>The customer leaves, and will tell others.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="39"/>
        <source>Empathy</source>
        <translation>Empathy</translation>
    </message>
    <message>
        <location filename="../texts.py" line="40"/>
        <source>Adaptation</source>
        <translation>Adaptation</translation>
    </message>
    <message>
        <location filename="../texts.py" line="41"/>
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../texts.py" line="42"/>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <location filename="../texts.py" line="48"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../texts.py" line="50"/>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location filename="../texts.py" line="55"/>
        <source>about {minutes} min</source>
        <translation>about {minutes} min</translation>
    </message>
    <message>
        <location filename="../texts.py" line="67"/>
        <source>%Y-%m-%d %H:%M</source>
        <translation>%Y-%m-%d %H:%M</translation>
    </message>
    <message>
        <location filename="../texts.py" line="63"/>
        <source>%Y-%m-%d</source>
        <translation>%Y-%m-%d</translation>
    </message>
    <message>
        <location filename="../texts.py" line="87"/>
        <source>Please type your name.</source>
        <translation>Please type your name.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="89"/>
        <source>This name is too long ({count} characters, at most {limit}).</source>
        <translation>This name is too long ({count} characters, at most {limit}).</translation>
    </message>
    <message>
        <location filename="../texts.py" line="103"/>
        <source>The disk that holds {where} is full. Free some space and try again.</source>
        <translation>The disk that holds {where} is full. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="124"/>
        <source>This trainee is no longer in the record book (a trainer may have erased them). Go back to the list of names and choose again.</source>
        <translation>This trainee is no longer in the record book (a trainer may have erased them). Go back to the list of names and choose again.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="127"/>
        <source>This attempt is finished or no longer in the record book, so your choice was not saved. Go back to the catalogue and start the scenario again.</source>
        <translation>This attempt is finished or no longer in the record book, so your choice was not saved. Go back to the catalogue and start the scenario again.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="130"/>
        <source>Choice number {seq} of this attempt was already saved (is the scenario open in another window?). Go back to the catalogue and resume it from there.</source>
        <translation>Choice number {seq} of this attempt was already saved (is the scenario open in another window?). Go back to the catalogue and resume it from there.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="133"/>
        <source>This attempt was already closed or is no longer in the record book. Go back to the catalogue: your saved choices are kept.</source>
        <translation>This attempt was already closed or is no longer in the record book. Go back to the catalogue: your saved choices are kept.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="136"/>
        <source>This attempt is no longer in the record book.</source>
        <translation>This attempt is no longer in the record book.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="137"/>
        <source>The record book in {where} was written by a newer version of the simulator (format {version}; this version knows up to {known}). Install the newer version. The file was not changed.</source>
        <translation>The record book in {where} was written by a newer version of the simulator (format {version}; this version knows up to {known}). Install the newer version. The file was not changed.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="140"/>
        <source>The record book in {where} could not be backed up before its upgrade, so it was left as it is. Ask your trainer to run &quot;simulator db check&quot;.</source>
        <translation>The record book in {where} could not be backed up before its upgrade, so it was left as it is. Ask your trainer to run &quot;simulator db check&quot;.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="143"/>
        <source>No usable backup was found in {where}; nothing was changed.</source>
        <translation>No usable backup was found in {where}; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="145"/>
        <source>{where} is not a usable backup of the record book (missing, damaged or not a database); nothing was changed.</source>
        <translation>{where} is not a usable backup of the record book (missing, damaged or not a database); nothing was changed.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="148"/>
        <source>The record book in {where} cannot be kept safely on this drive (a network drive?). Ask your trainer to choose a folder on this computer&apos;s own disk.</source>
        <translation>The record book in {where} cannot be kept safely on this drive (a network drive?). Ask your trainer to choose a folder on this computer&apos;s own disk.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="151"/>
        <source>The simulator could not {doing} in {where} ({detail}).</source>
        <translation>The simulator could not {doing} in {where} ({detail}).</translation>
    </message>
    <message>
        <location filename="../texts.py" line="153"/>
        <source>The simulator could not use {where} ({detail}).</source>
        <translation>The simulator could not use {where} ({detail}).</translation>
    </message>
    <message>
        <location filename="../texts.py" line="154"/>
        <source>{where} is a file, not a folder: ask your trainer to choose a folder for the record book.</source>
        <translation>{where} is a file, not a folder: ask your trainer to choose a folder for the record book.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="161"/>
        <source>The damaged file was kept as {file}.</source>
        <translation>The damaged file was kept as {file}.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="164"/>
        <source>The record book was damaged and no backup was found, so a new, empty record book was started.</source>
        <translation>The record book was damaged and no backup was found, so a new, empty record book was started.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="169"/>
        <source>The record book was damaged. The backup from {when} was restored: anything done after that moment is missing.</source>
        <translation>The record book was damaged. The backup from {when} was restored: anything done after that moment is missing.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="177"/>
        <source>The disk is full: the simulator could not {doing}. Free some space on the drive that holds {where} and try again; nothing else was lost.</source>
        <translation>The disk is full: the simulator could not {doing}. Free some space on the drive that holds {where} and try again; nothing else was lost.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="180"/>
        <source>The record book in {where} stayed busy (another copy of the simulator is probably open), so the simulator could not {doing}. Close the other copy and try again.</source>
        <translation>The record book in {where} stayed busy (another copy of the simulator is probably open), so the simulator could not {doing}. Close the other copy and try again.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="183"/>
        <source>The folder {where} cannot be written to, so the simulator could not {doing}. Ask your trainer to choose another folder, or to give write access to this one.</source>
        <translation>The folder {where} cannot be written to, so the simulator could not {doing}. Ask your trainer to choose another folder, or to give write access to this one.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="186"/>
        <source>The record book in {where} is damaged, so the simulator could not {doing}. Restart the simulator: it will repair the file from the latest backup.</source>
        <translation>The record book in {where} is damaged, so the simulator could not {doing}. Restart the simulator: it will repair the file from the latest backup.</translation>
    </message>
</context>
</TS>
