<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="99"/>
        <source>Customer experience trainer</source>
        <translation>Simulateur relation client</translation>
    </message>
</context>
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
    <name>Doing</name>
    <message>
        <location filename="../texts.py" line="195"/>
        <source>save your work</source>
        <translation>enregistrer votre travail</translation>
    </message>
    <message>
        <location filename="../texts.py" line="196"/>
        <source>save the trainee</source>
        <translation>enregistrer le stagiaire</translation>
    </message>
    <message>
        <location filename="../texts.py" line="197"/>
        <source>start the attempt</source>
        <translation>commencer la partie</translation>
    </message>
    <message>
        <location filename="../texts.py" line="198"/>
        <source>save your last choice</source>
        <translation>enregistrer votre dernier choix</translation>
    </message>
    <message>
        <location filename="../texts.py" line="199"/>
        <source>open the record book</source>
        <translation>ouvrir le registre des résultats</translation>
    </message>
    <message>
        <location filename="../texts.py" line="200"/>
        <source>read the record book</source>
        <translation>lire le registre des résultats</translation>
    </message>
    <message>
        <location filename="../texts.py" line="201"/>
        <source>upgrade the record book</source>
        <translation>mettre à jour le registre des résultats</translation>
    </message>
    <message>
        <location filename="../texts.py" line="202"/>
        <source>make a backup</source>
        <translation>faire une sauvegarde</translation>
    </message>
    <message>
        <location filename="../texts.py" line="203"/>
        <source>save the review</source>
        <translation>enregistrer l’avis du formateur</translation>
    </message>
    <message>
        <location filename="../texts.py" line="204"/>
        <source>write the audit log</source>
        <translation>écrire dans le journal des accès</translation>
    </message>
    <message>
        <location filename="../texts.py" line="205"/>
        <source>queue the record</source>
        <translation>préparer l’envoi du résultat</translation>
    </message>
    <message>
        <location filename="../texts.py" line="206"/>
        <source>queue the records to send</source>
        <translation>préparer l’envoi des résultats</translation>
    </message>
    <message>
        <location filename="../texts.py" line="207"/>
        <source>mark records as sent</source>
        <translation>noter les résultats comme envoyés</translation>
    </message>
    <message>
        <location filename="../texts.py" line="208"/>
        <source>note the failed send</source>
        <translation>noter l’échec de l’envoi</translation>
    </message>
    <message>
        <location filename="../texts.py" line="209"/>
        <source>save a setting</source>
        <translation>enregistrer un réglage</translation>
    </message>
    <message>
        <location filename="../texts.py" line="210"/>
        <source>erase the trainee</source>
        <translation>effacer le stagiaire</translation>
    </message>
    <message>
        <location filename="../texts.py" line="211"/>
        <source>purge old attempts</source>
        <translation>supprimer les anciennes parties</translation>
    </message>
    <message>
        <location filename="../texts.py" line="212"/>
        <source>delete the demo data</source>
        <translation>supprimer les données de démonstration</translation>
    </message>
    <message>
        <location filename="../texts.py" line="213"/>
        <source>add the demo data</source>
        <translation>ajouter les données de démonstration</translation>
    </message>
    <message>
        <location filename="../texts.py" line="214"/>
        <source>import the bundle</source>
        <translation>importer le fichier d’un autre magasin</translation>
    </message>
    <message>
        <location filename="../texts.py" line="215"/>
        <source>open the trainer area</source>
        <translation>ouvrir l’espace formateur</translation>
    </message>
    <message>
        <location filename="../texts.py" line="216"/>
        <source>count the wrong password</source>
        <translation>compter le mot de passe erroné</translation>
    </message>
    <message>
        <location filename="../texts.py" line="217"/>
        <source>save the result</source>
        <translation>enregistrer le résultat</translation>
    </message>
    <message>
        <location filename="../texts.py" line="218"/>
        <source>abandon the attempt</source>
        <translation>abandonner la partie</translation>
    </message>
    <message>
        <location filename="../texts.py" line="219"/>
        <source>prepare the restore</source>
        <translation>préparer la restauration</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../errors.py" line="85"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../errors.py" line="86"/>
        <source>Something unexpected happened. Your replies already given are saved. If it happens again, show this message to your trainer.</source>
        <translation>Un problème inattendu est survenu. Les réponses déjà données sont enregistrées. Si cela se reproduit, montrez ce message à votre formateur.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="89"/>
        <source>Details were written to {path}</source>
        <translation>Les détails ont été écrits dans {path}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="59"/>
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
        <location filename="../views/play.py" line="58"/>
        <source>Stop for now</source>
        <translation>Faire une pause</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="59"/>
        <source>Your replies are saved: you can resume later.</source>
        <translation>Vos réponses sont enregistrées&#xa0;: vous pourrez reprendre plus tard.</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="85"/>
        <source>What the customer says</source>
        <translation>Ce que dit le client</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="87"/>
        <source>Your reply (press its number):</source>
        <translation>Votre réponse (tapez son numéro)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="106"/>
        <source>Feedback on your reply</source>
        <translation>Commentaire sur votre réponse</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="108"/>
        <location filename="../views/play.py" line="172"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="120"/>
        <source>Hear again</source>
        <translation>Réécouter</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="125"/>
        <source>Voice speed</source>
        <translation>Vitesse de la voix</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="126"/>
        <source>Slow voice</source>
        <translation>Voix lente</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="126"/>
        <source>Normal voice</source>
        <translation>Voix normale</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="127"/>
        <source>Fast voice</source>
        <translation>Voix rapide</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="143"/>
        <source>Step {number} · {mode}</source>
        <translation>Étape {number} · {mode}</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="168"/>
        <source>Well done: {principle}</source>
        <translation>Bien vu&#xa0;: {principle}</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="168"/>
        <source>To avoid: {principle}</source>
        <translation>À éviter&#xa0;: {principle}</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="172"/>
        <source>See my results</source>
        <translation>Voir mon bilan</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="177"/>
        <source>Turn sound off</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="177"/>
        <source>Turn sound on</source>
        <translation>Remettre le son</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="180"/>
        <source>Sound is off. The text stays on screen.</source>
        <translation>Le son est coupé. Le texte reste affiché.</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="212"/>
        <source>Your reply could not be saved: {reason}</source>
        <translation>Votre réponse n’a pas pu être enregistrée&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../views/play.py" line="232"/>
        <source>The voice could not be played. The text stays on screen.</source>
        <translation>La voix n’a pas pu être jouée. Le texte reste affiché.</translation>
    </message>
</context>
<context>
    <name>ProfilesView</name>
    <message>
        <location filename="../views/profiles.py" line="23"/>
        <location filename="../views/profiles.py" line="27"/>
        <source>Who is training?</source>
        <translation>Qui s’entraîne&#xa0;?</translation>
    </message>
    <message>
        <location filename="../views/profiles.py" line="28"/>
        <source>Choose your name, or create your profile if this is your first time.</source>
        <translation>Choisissez votre nom, ou créez votre profil si c’est votre première fois.</translation>
    </message>
    <message>
        <location filename="../views/profiles.py" line="43"/>
        <source>I already have a profile</source>
        <translation>J’ai déjà un profil</translation>
    </message>
    <message>
        <location filename="../views/profiles.py" line="45"/>
        <source>Trainees</source>
        <translation>Personnes en formation</translation>
    </message>
    <message>
        <location filename="../views/profiles.py" line="48"/>
        <source>That&apos;s me, continue</source>
        <translation>C’est moi, continuer</translation>
    </message>
    <message>
        <location filename="../views/profiles.py" line="55"/>
        <source>First time here?</source>
        <translation>Première fois&#xa0;?</translation>
    </message>
    <message>
        <location filename="../views/profiles.py" line="59"/>
        <source>Your first name and last name</source>
        <translation>Vos prénom et nom</translation>
    </message>
    <message>
        <location filename="../views/profiles.py" line="62"/>
        <location filename="../views/profiles.py" line="65"/>
        <source>Employee number (optional)</source>
        <translation>Matricule (facultatif)</translation>
    </message>
    <message>
        <location filename="../views/profiles.py" line="64"/>
        <source>First name and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <location filename="../views/profiles.py" line="71"/>
        <source>Create my profile</source>
        <translation>Créer mon profil</translation>
    </message>
    <message>
        <location filename="../views/profiles.py" line="81"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../views/profiles.py" line="83"/>
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
        <location filename="../texts.py" line="16"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../texts.py" line="18"/>
        <source>Passed, best score {score}</source>
        <translation>Réussi, meilleur score {score}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="20"/>
        <source>To work on again, best score {score}</source>
        <translation>À retravailler, meilleur score {score}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="23"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../texts.py" line="29"/>
        <source>The customer will come back and speak well of you.</source>
        <translation>Le client reviendra et parlera de vous en bien.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="30"/>
        <source>The customer stays silently unhappy: the competition&apos;s best prospect.</source>
        <translation>Le client reste mécontent sans rien dire&#xa0;: le meilleur prospect de vos concurrents.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="33"/>
        <source>The customer leaves, and will tell others.</source>
        <translation>Le client s’en va, et il le racontera autour de lui.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="39"/>
        <source>Empathy</source>
        <translation>Empathie</translation>
    </message>
    <message>
        <location filename="../texts.py" line="40"/>
        <source>Adaptation</source>
        <translation>Adaptation</translation>
    </message>
    <message>
        <location filename="../texts.py" line="41"/>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <location filename="../texts.py" line="42"/>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <location filename="../texts.py" line="48"/>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../texts.py" line="50"/>
        <source>Practice</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../texts.py" line="55"/>
        <source>about {minutes} min</source>
        <translation>environ {minutes}&#xa0;min</translation>
    </message>
    <message>
        <location filename="../texts.py" line="67"/>
        <source>%Y-%m-%d %H:%M</source>
        <translation>%d/%m/%Y %H:%M</translation>
    </message>
    <message>
        <location filename="../texts.py" line="63"/>
        <source>%Y-%m-%d</source>
        <translation>%d/%m/%Y</translation>
    </message>
    <message>
        <location filename="../texts.py" line="87"/>
        <source>Please type your name.</source>
        <translation>Veuillez taper votre nom.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="89"/>
        <source>This name is too long ({count} characters, at most {limit}).</source>
        <translation>Ce nom est trop long ({count} caractères, {limit} au plus).</translation>
    </message>
    <message>
        <location filename="../texts.py" line="103"/>
        <source>The disk that holds {where} is full. Free some space and try again.</source>
        <translation>Le disque qui contient {where} est plein. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="124"/>
        <source>This trainee is no longer in the record book (a trainer may have erased them). Go back to the list of names and choose again.</source>
        <translation>Ce stagiaire n’est plus dans le registre des résultats (un formateur l’a peut-être effacé). Revenez à la liste des noms et choisissez de nouveau.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="127"/>
        <source>This attempt is finished or no longer in the record book, so your choice was not saved. Go back to the catalogue and start the scenario again.</source>
        <translation>Cette partie est terminée ou n’est plus dans le registre des résultats, donc votre choix n’a pas été enregistré. Revenez au catalogue et recommencez le scénario.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="130"/>
        <source>Choice number {seq} of this attempt was already saved (is the scenario open in another window?). Go back to the catalogue and resume it from there.</source>
        <translation>Le choix numéro {seq} de cette partie était déjà enregistré (le scénario est-il ouvert dans une autre fenêtre&#xa0;?). Revenez au catalogue et reprenez-le de là.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="133"/>
        <source>This attempt was already closed or is no longer in the record book. Go back to the catalogue: your saved choices are kept.</source>
        <translation>Cette partie était déjà close ou n’est plus dans le registre des résultats. Revenez au catalogue&#xa0;: vos choix enregistrés sont conservés.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="136"/>
        <source>This attempt is no longer in the record book.</source>
        <translation>Cette partie n’est plus dans le registre des résultats.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="137"/>
        <source>The record book in {where} was written by a newer version of the simulator (format {version}; this version knows up to {known}). Install the newer version. The file was not changed.</source>
        <translation>Le registre des résultats de {where} a été écrit par une version plus récente du simulateur (format {version}&#xa0;; cette version connaît jusqu’au format {known}). Installez la version plus récente. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="140"/>
        <source>The record book in {where} could not be backed up before its upgrade, so it was left as it is. Ask your trainer to run &quot;simulator db check&quot;.</source>
        <translation>Le registre des résultats de {where} n’a pas pu être sauvegardé avant sa mise à jour, il a donc été laissé tel quel. Demandez à votre formateur de lancer «&#xa0;simulator db check&#xa0;».</translation>
    </message>
    <message>
        <location filename="../texts.py" line="143"/>
        <source>No usable backup was found in {where}; nothing was changed.</source>
        <translation>Aucune sauvegarde utilisable n’a été trouvée dans {where}&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="145"/>
        <source>{where} is not a usable backup of the record book (missing, damaged or not a database); nothing was changed.</source>
        <translation>{where} n’est pas une sauvegarde utilisable du registre des résultats (absente, endommagée ou pas une base de données)&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="148"/>
        <source>The record book in {where} cannot be kept safely on this drive (a network drive?). Ask your trainer to choose a folder on this computer&apos;s own disk.</source>
        <translation>Le registre des résultats de {where} ne peut pas être conservé en sécurité sur ce disque (un disque réseau&#xa0;?). Demandez à votre formateur de choisir un dossier sur le disque de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="151"/>
        <source>The simulator could not {doing} in {where} ({detail}).</source>
        <translation>Le simulateur n’a pas pu {doing} dans {where} ({detail}).</translation>
    </message>
    <message>
        <location filename="../texts.py" line="153"/>
        <source>The simulator could not use {where} ({detail}).</source>
        <translation>Le simulateur n’a pas pu utiliser {where} ({detail}).</translation>
    </message>
    <message>
        <location filename="../texts.py" line="154"/>
        <source>{where} is a file, not a folder: ask your trainer to choose a folder for the record book.</source>
        <translation>{where} est un fichier, pas un dossier&#xa0;: demandez à votre formateur de choisir un dossier pour le registre des résultats.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="161"/>
        <source>The damaged file was kept as {file}.</source>
        <translation>Le fichier endommagé a été conservé sous le nom {file}.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="164"/>
        <source>The record book was damaged and no backup was found, so a new, empty record book was started.</source>
        <translation>Le registre des résultats était endommagé et aucune sauvegarde n’a été trouvée&#xa0;: un nouveau registre, vide, a été commencé.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="169"/>
        <source>The record book was damaged. The backup from {when} was restored: anything done after that moment is missing.</source>
        <translation>Le registre des résultats était endommagé. La sauvegarde du {when} a été restaurée&#xa0;: ce qui a été fait après ce moment manque.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="177"/>
        <source>The disk is full: the simulator could not {doing}. Free some space on the drive that holds {where} and try again; nothing else was lost.</source>
        <translation>Le disque est plein&#xa0;: le simulateur n’a pas pu {doing}. Libérez de la place sur le disque qui contient {where} et réessayez&#xa0;; rien d’autre n’a été perdu.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="180"/>
        <source>The record book in {where} stayed busy (another copy of the simulator is probably open), so the simulator could not {doing}. Close the other copy and try again.</source>
        <translation>Le registre des résultats dans {where} est resté occupé (le simulateur est sans doute ouvert une deuxième fois), donc le simulateur n’a pas pu {doing}. Fermez l’autre fenêtre et réessayez.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="183"/>
        <source>The folder {where} cannot be written to, so the simulator could not {doing}. Ask your trainer to choose another folder, or to give write access to this one.</source>
        <translation>Le dossier {where} est protégé en écriture, donc le simulateur n’a pas pu {doing}. Demandez à votre formateur de choisir un autre dossier ou d’autoriser l’écriture dans celui-ci.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="186"/>
        <source>The record book in {where} is damaged, so the simulator could not {doing}. Restart the simulator: it will repair the file from the latest backup.</source>
        <translation>Le registre des résultats dans {where} est abîmé, donc le simulateur n’a pas pu {doing}. Relancez le simulateur&#xa0;: il réparera le fichier à partir de la dernière sauvegarde.</translation>
    </message>
</context>
</TS>
