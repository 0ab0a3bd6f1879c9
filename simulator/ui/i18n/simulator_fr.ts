<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CatalogueView</name>
    <message>
        <location filename="../views/catalogue.py" line="38"/>
        <source>Choose a situation</source>
        <translation>Choisir une situation</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="52"/>
        <source>Situations</source>
        <translation>Situations</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="68"/>
        <source>Choose a situation to practise.</source>
        <translation>Choisissez une situation pour vous entraîner.</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="70"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="72"/>
        <source>Not you? Change person</source>
        <translation>Ce n’est pas vous&#xa0;? Changer de personne</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="84"/>
        <source>Resume where I stopped</source>
        <translation>Reprendre où je m’étais arrêté</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="95"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="102"/>
        <source>Scenarios that could not be loaded</source>
        <translation>Situations qui n’ont pas pu être chargées</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="121"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="122"/>
        <source>Customer:</source>
        <translation>Client&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="133"/>
        <source>No situation is installed yet. Ask your trainer.</source>
        <translation>Aucune situation n’est encore installée. Demandez à votre formateur.</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="140"/>
        <source>Practice: advice after each reply</source>
        <translation>Entraînement&#xa0;: un conseil après chaque réponse</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="141"/>
        <source>Assessment: results at the end</source>
        <translation>Évaluation&#xa0;: le bilan à la fin</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="152"/>
        <source>Start over</source>
        <translation>Recommencer depuis le début</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="154"/>
        <location filename="../views/catalogue.py" line="245"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="164"/>
        <source>Hello {name}</source>
        <translation>Bonjour {name}</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="180"/>
        <source>This situation could not be opened: {reason}</source>
        <translation>Impossible d’ouvrir cette situation&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="193"/>
        <source>Files not loaded: {count}</source>
        <translation>Fichiers non chargés&#xa0;: {count}</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="202"/>
        <source>You did not finish “{title}”. Your replies are saved.</source>
        <translation>Vous n’avez pas terminé «&#x202f;{title}&#x202f;». Vos réponses sont enregistrées.</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="244"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../views/catalogue.py" line="245"/>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
</context>
<context>
    <name>DebriefView</name>
    <message>
        <location filename="../views/debrief.py" line="38"/>
        <source>Your conversation, reply by reply</source>
        <translation>Votre conversation, réponse par réponse</translation>
    </message>
    <message>
        <location filename="../views/debrief.py" line="60"/>
        <source>Your scores (out of 100, dashed line: pass mark)</source>
        <translation>Vos scores (sur 100, pointillés&#xa0;: seuil de réussite)</translation>
    </message>
    <message>
        <location filename="../views/debrief.py" line="71"/>
        <source>Back to the situations</source>
        <translation>Retour aux situations</translation>
    </message>
    <message>
        <location filename="../views/debrief.py" line="73"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../views/debrief.py" line="83"/>
        <source>Results: {title}</source>
        <translation>Bilan&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../views/debrief.py" line="84"/>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <location filename="../views/debrief.py" line="84"/>
        <source>Not passed yet</source>
        <translation>Pas encore réussi</translation>
    </message>
    <message>
        <location filename="../views/debrief.py" line="89"/>
        <source>To pass: at least {criterion} on each criterion and {overall} overall.</source>
        <translation>Pour réussir, il faut au moins {criterion} sur chaque critère et {overall} au global.</translation>
    </message>
    <message>
        <location filename="../views/debrief.py" line="93"/>
        <source>To work on first: {criterion}</source>
        <translation>À travailler en priorité&#xa0;: {criterion}</translation>
    </message>
    <message>
        <location filename="../views/debrief.py" line="118"/>
        <source>{number}. The customer: {line}</source>
        <translation>{number}. Le client&#xa0;: {line}</translation>
    </message>
    <message>
        <location filename="../views/debrief.py" line="120"/>
        <source>You: {reply}</source>
        <translation>Vous&#xa0;: {reply}</translation>
    </message>
    <message>
        <location filename="../views/debrief.py" line="121"/>
        <source>Well done: {principle}</source>
        <translation>Bien vu&#xa0;: {principle}</translation>
    </message>
    <message>
        <location filename="../views/debrief.py" line="121"/>
        <source>To avoid: {principle}</source>
        <translation>À éviter&#xa0;: {principle}</translation>
    </message>
    <message>
        <location filename="../views/debrief.py" line="128"/>
        <source>Better: {reply}</source>
        <translation>Mieux&#xa0;: {reply}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../errors.py" line="62"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../errors.py" line="63"/>
        <source>Something unexpected happened. Your replies already given are saved. If it happens again, show this message to your trainer.</source>
        <translation>Un problème inattendu est survenu. Les réponses déjà données sont enregistrées. Si cela se reproduit, montrez ce message à votre formateur.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="66"/>
        <source>Details were written to {path}</source>
        <translation>Les détails ont été écrits dans {path}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="49"/>
        <source>Customer experience trainer</source>
        <translation>Simulateur relation client</translation>
    </message>
</context>
<context>
    <name>MoodIndicator</name>
    <message>
        <location filename="../widgets/mood.py" line="61"/>
        <source>anger</source>
        <translation>colère</translation>
    </message>
    <message>
        <location filename="../widgets/mood.py" line="61"/>
        <source>irritation</source>
        <translation>agacement</translation>
    </message>
    <message>
        <location filename="../widgets/mood.py" line="61"/>
        <source>unease</source>
        <translation>gêne</translation>
    </message>
    <message>
        <location filename="../widgets/mood.py" line="61"/>
        <source>neutral</source>
        <translation>neutre</translation>
    </message>
    <message>
        <location filename="../widgets/mood.py" line="62"/>
        <source>at ease</source>
        <translation>détente</translation>
    </message>
    <message>
        <location filename="../widgets/mood.py" line="62"/>
        <source>satisfaction</source>
        <translation>satisfaction</translation>
    </message>
    <message>
        <location filename="../widgets/mood.py" line="62"/>
        <source>delight</source>
        <translation>enchantement</translation>
    </message>
    <message>
        <location filename="../widgets/mood.py" line="68"/>
        <source>Mood: {word}</source>
        <translation>Humeur&#xa0;: {word}</translation>
    </message>
</context>
<context>
    <name>PersonaPicture</name>
    <message>
        <location filename="../widgets/persona.py" line="48"/>
        <source>Customer&apos;s picture</source>
        <translation>Portrait du client</translation>
    </message>
</context>
<context>
    <name>PlayView</name>
    <message>
        <location filename="../views/play.py" line="57"/>
        <source>Stop for now</source>
        <translation>Faire une pause</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="58"/>
        <source>Your replies are saved: you can resume later.</source>
        <translation>Vos réponses sont enregistrées&#xa0;: vous pourrez reprendre plus tard.</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="84"/>
        <source>What the customer says</source>
        <translation>Ce que dit le client</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="86"/>
        <source>Your reply (press its number):</source>
        <translation>Votre réponse (tapez son numéro)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="105"/>
        <source>Feedback on your reply</source>
        <translation>Commentaire sur votre réponse</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="107"/>
        <location filename="../views/play.py" line="171"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="119"/>
        <source>Hear again</source>
        <translation>Réécouter</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="124"/>
        <source>Voice speed</source>
        <translation>Vitesse de la voix</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="125"/>
        <source>Slow voice</source>
        <translation>Voix lente</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="125"/>
        <source>Normal voice</source>
        <translation>Voix normale</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="126"/>
        <source>Fast voice</source>
        <translation>Voix rapide</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="142"/>
        <source>Step {number} · {mode}</source>
        <translation>Étape {number} · {mode}</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="167"/>
        <source>Well done: {principle}</source>
        <translation>Bien vu&#xa0;: {principle}</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="167"/>
        <source>To avoid: {principle}</source>
        <translation>À éviter&#xa0;: {principle}</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="171"/>
        <source>See my results</source>
        <translation>Voir mon bilan</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="176"/>
        <source>Turn sound off</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="176"/>
        <source>Turn sound on</source>
        <translation>Remettre le son</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="179"/>
        <source>Sound is off. The text stays on screen.</source>
        <translation>Le son est coupé. Le texte reste affiché.</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="214"/>
        <source>Your reply could not be saved: {reason}</source>
        <translation>Votre réponse n’a pas pu être enregistrée&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="233"/>
        <source>The voice could not be played. The text stays on screen.</source>
        <translation>La voix n’a pas pu être jouée. Le texte reste affiché.</translation>
    </message>
</context>
<context>
    <name>ProfilesView</name>
    <message>
        <location filename="../views/profiles.py" line="24"/>
        <location filename="../views/profiles.py" line="28"/>
        <source>Who is training?</source>
        <translation>Qui s’entraîne&#xa0;?</translation>
    </message>
    <message>
        <location filename="../views/profiles.py" line="29"/>
        <source>Choose your name, or create your profile if this is your first time.</source>
        <translation>Choisissez votre nom, ou créez votre profil si c’est votre première fois.</translation>
    </message>
    <message>
        <location filename="../views/profiles.py" line="44"/>
        <source>I already have a profile</source>
        <translation>J’ai déjà un profil</translation>
    </message>
    <message>
        <location filename="../views/profiles.py" line="46"/>
        <source>Trainees</source>
        <translation>Personnes en formation</translation>
    </message>
    <message>
        <location filename="../views/profiles.py" line="49"/>
        <source>That&apos;s me, continue</source>
        <translation>C’est moi, continuer</translation>
    </message>
    <message>
        <location filename="../views/profiles.py" line="56"/>
        <source>First time here?</source>
        <translation>Première fois&#xa0;?</translation>
    </message>
    <message>
        <location filename="../views/profiles.py" line="60"/>
        <source>Your first name and last name</source>
        <translation>Vos prénom et nom</translation>
    </message>
    <message>
        <location filename="../views/profiles.py" line="63"/>
        <location filename="../views/profiles.py" line="66"/>
        <source>Employee number (optional)</source>
        <translation>Matricule (facultatif)</translation>
    </message>
    <message>
        <location filename="../views/profiles.py" line="65"/>
        <source>First name and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <location filename="../views/profiles.py" line="72"/>
        <source>Create my profile</source>
        <translation>Créer mon profil</translation>
    </message>
    <message>
        <location filename="../views/profiles.py" line="82"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../views/profiles.py" line="84"/>
        <source>Trainer area</source>
        <translation>Espace formateur</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <location filename="../widgets/score_chart.py" line="26"/>
        <source>Scores: {list}</source>
        <translation>Scores&#xa0;: {list}</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../views/settings_view.py" line="23"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../views/settings_view.py" line="29"/>
        <location filename="../views/settings_view.py" line="39"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../views/settings_view.py" line="30"/>
        <source>Read the customer&apos;s lines aloud</source>
        <translation>Lire à voix haute les répliques du client</translation>
    </message>
    <message>
        <location filename="../views/settings_view.py" line="33"/>
        <location filename="../views/settings_view.py" line="40"/>
        <source>Voice speed</source>
        <translation>Vitesse de la voix</translation>
    </message>
    <message>
        <location filename="../views/settings_view.py" line="33"/>
        <source>Slow</source>
        <translation>Lente</translation>
    </message>
    <message>
        <location filename="../views/settings_view.py" line="33"/>
        <location filename="../views/settings_view.py" line="35"/>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location filename="../views/settings_view.py" line="33"/>
        <source>Fast</source>
        <translation>Rapide</translation>
    </message>
    <message>
        <location filename="../views/settings_view.py" line="35"/>
        <location filename="../views/settings_view.py" line="40"/>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location filename="../views/settings_view.py" line="35"/>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <location filename="../views/settings_view.py" line="35"/>
        <source>Very large</source>
        <translation>Très grande</translation>
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
        <translation>Entraînement&#xa0;: un conseil après chaque réponse</translation>
    </message>
    <message>
        <location filename="../views/settings_view.py" line="38"/>
        <source>Assessment: results at the end</source>
        <translation>Évaluation&#xa0;: le bilan à la fin</translation>
    </message>
    <message>
        <location filename="../views/settings_view.py" line="39"/>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location filename="../views/settings_view.py" line="50"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../texts.py" line="11"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../texts.py" line="13"/>
        <source>Passed, best score {score}</source>
        <translation>Réussi, meilleur score {score}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="15"/>
        <source>To work on again, best score {score}</source>
        <translation>À retravailler, meilleur score {score}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="18"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../texts.py" line="24"/>
        <source>The customer will come back and speak well of you.</source>
        <translation>Le client reviendra et parlera de vous en bien.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="25"/>
        <source>The customer stays silently unhappy: the competition&apos;s best prospect.</source>
        <translation>Le client reste mécontent sans rien dire&#xa0;: le meilleur prospect de vos concurrents.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="28"/>
        <source>The customer leaves, and will tell others.</source>
        <translation>Le client s’en va, et il le racontera autour de lui.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="34"/>
        <source>Empathy</source>
        <translation>Empathie</translation>
    </message>
    <message>
        <location filename="../texts.py" line="35"/>
        <source>Adaptation</source>
        <translation>Adaptation</translation>
    </message>
    <message>
        <location filename="../texts.py" line="36"/>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <location filename="../texts.py" line="37"/>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <location filename="../texts.py" line="43"/>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../texts.py" line="45"/>
        <source>Practice</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../texts.py" line="50"/>
        <source>about {minutes} min</source>
        <translation>environ {minutes}&#xa0;min</translation>
    </message>
    <message>
        <location filename="../texts.py" line="58"/>
        <source>Please type your name.</source>
        <translation>Veuillez taper votre nom.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="61"/>
        <source>This name is too long ({count} characters, at most {limit}).</source>
        <translation>Ce nom est trop long ({count} caractères, {limit} au plus).</translation>
    </message>
</context>
</TS>
