<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AnalyticsView</name>
    <message>
        <source>Scenario analytics</source>
        <translation>Analyse des situations</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Where trainees go wrong</source>
        <translation>Où les stagiaires se trompent</translation>
    </message>
    <message>
        <source>No scenario is installed.</source>
        <translation>Aucune situation n’est installée.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Nobody has played this scenario yet.</source>
        <translation>Personne n’a encore joué cette situation.</translation>
    </message>
    <message>
        <source>No reply stands out as a common mistake.</source>
        <translation>Aucune réponse ne ressort comme une erreur fréquente.</translation>
    </message>
    <message>
        <source>Where trainees go wrong most: when the customer says “{customer}”, {share}% choose “{reply}” (average score {avg}).</source>
        <translation>Là où l’on se trompe le plus : quand le client dit « {customer} », {share} % choisissent « {reply} » (score moyen {avg}).</translation>
    </message>
    <message>
        <source>Customer: “{text}”</source>
        <translation>Client : « {text} »</translation>
    </message>
    <message>
        <source>Reached {n} times.</source>
        <translation>Atteint {n} fois.</translation>
    </message>
    <message>
        <source>{share}% ({n}) · average score {avg}</source>
        <translation>{share} % ({n}) · score moyen {avg}</translation>
    </message>
    <message>
        <source>most chosen poor reply</source>
        <translation>mauvaise réponse la plus choisie</translation>
    </message>
</context>
<context>
    <name>CriteriaChart</name>
    <message>
        <source>Score per criterion over time</source>
        <translation>Score par critère au fil du temps</translation>
    </message>
    <message>
        <source>No finished attempt yet.</source>
        <translation>Aucune tentative terminée pour l’instant.</translation>
    </message>
    <message>
        <source>{n} finished attempts; the last one: </source>
        <translation>{n} tentatives terminées ; la dernière : </translation>
    </message>
    <message>
        <source>first</source>
        <translation>première</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>dernière</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Trainees and scenarios</source>
        <translation>Stagiaires et situations</translation>
    </message>
    <message>
        <source>Enter or double-click a row to open the trainee's page. Click a column title to sort.</source>
        <translation>Entrée ou double-clic sur une ligne pour ouvrir la page du stagiaire. Cliquez sur un titre de colonne pour trier.</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>{n} trainees, {s} validated results.</source>
        <translation>{n} stagiaires, {s} résultats validés.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export completion records</source>
        <translation>Exporter les résultats de formation</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Avancement de l’export</translation>
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
        <translation>CSV pour Excel français (séparateur ;)</translation>
    </message>
    <message>
        <source>CSV (separator ,)</source>
        <translation>CSV (séparateur ,)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Classeur Excel (XLSX)</translation>
    </message>
    <message>
        <source>PDF report (certificate for one trainee)</source>
        <translation>Rapport PDF (attestation pour un seul stagiaire)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>xAPI statements (JSON)</source>
        <translation>Déclarations xAPI (JSON)</translation>
    </message>
    <message>
        <source>Bundle for another shop PC</source>
        <translation>Paquet pour le PC d’une autre boutique</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Only this trainee (name or employee number)</source>
        <translation>Seulement ce stagiaire (nom ou matricule)</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Annuler l’export</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>Enregistrer l’export sous</translation>
    </message>
    <message>
        <source>Choose where to save the file first.</source>
        <translation>Choisissez d’abord où enregistrer le fichier.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Done: {n} records written to {path}.</source>
        <translation>Terminé : {n} lignes écrites dans {path}.</translation>
    </message>
    <message>
        <source>The export did not work: {reason}</source>
        <translation>L’export n’a pas abouti : {reason}</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>Export annulé. Aucun fichier n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Something went wrong. Nothing was lost; the details are in the log file.</source>
        <translation>Un problème est survenu. Rien n’est perdu ; les détails sont dans le journal.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>To retry</source>
        <translation>À retravailler</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <source>✔ validated</source>
        <translation>✔ validé</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>{status}. Best score: {best}. Attempts: {n}.</source>
        <translation>{status}. Meilleur score : {best}. Tentatives : {n}.</translation>
    </message>
    <message>
        <source>Validated by {who}, on {day}.</source>
        <translation>Validé par {who}, le {day}.</translation>
    </message>
</context>
<context>
    <name>PasswordGate</name>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>{m} min {s} s</source>
        <translation>{m} min {s} s</translation>
    </message>
    <message>
        <source>Trainer area: password</source>
        <translation>Espace formateur : mot de passe</translation>
    </message>
    <message>
        <source>Trainer area</source>
        <translation>Espace formateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Type the password again</source>
        <translation>Retapez le mot de passe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Open the trainer area</source>
        <translation>Ouvrir l’espace formateur</translation>
    </message>
    <message>
        <source>Back to the trainees</source>
        <translation>Retour aux stagiaires</translation>
    </message>
    <message>
        <source>No trainer password exists yet. Choose one (at least {n} characters) and keep it away from trainees.</source>
        <translation>Aucun mot de passe formateur n’existe encore. Choisissez-en un (au moins {n} caractères) et gardez-le hors de portée des stagiaires.</translation>
    </message>
    <message>
        <source>Type the trainer password. Trainees cannot open this area.</source>
        <translation>Tapez le mot de passe formateur. Les stagiaires ne peuvent pas ouvrir cet espace.</translation>
    </message>
    <message>
        <source>Save the password and open</source>
        <translation>Enregistrer le mot de passe et ouvrir</translation>
    </message>
    <message>
        <source>Too many wrong passwords. The trainer area is locked for {wait}.</source>
        <translation>Trop de mots de passe erronés. L’espace formateur est verrouillé pendant {wait}.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>Le mot de passe doit compter au moins {n} caractères.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>Les deux mots de passe sont différents. Retapez-les.</translation>
    </message>
    <message>
        <source>This password is not right. Check it and try again.</source>
        <translation>Ce mot de passe n’est pas le bon. Vérifiez-le et réessayez.</translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message>
        <source>Records and privacy</source>
        <translation>Dossiers et vie privée</translation>
    </message>
    <message>
        <source>Completion records</source>
        <translation>Résultats de formation</translation>
    </message>
    <message>
        <source>One row per trainee and scenario, for HR: CSV, Excel, PDF, JSON, xAPI, or a bundle to merge into another shop PC.</source>
        <translation>Une ligne par stagiaire et par situation, pour les RH : CSV, Excel, PDF, JSON, xAPI, ou un paquet à fusionner sur le PC d’une autre boutique.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Import a bundle…</source>
        <translation>Importer un paquet…</translation>
    </message>
    <message>
        <source>Learning Record Store (xAPI)</source>
        <translation>Learning Record Store (xAPI)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>LRS</source>
        <translation>LRS</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Avancement de l’envoi</translation>
    </message>
    <message>
        <source>LRS message</source>
        <translation>Message du LRS</translation>
    </message>
    <message>
        <source>Save and send now</source>
        <translation>Enregistrer et envoyer</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Arrêter l’envoi</translation>
    </message>
    <message>
        <source>Personal data (GDPR)</source>
        <translation>Données personnelles (RGPD)</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <source>Export this trainee's data…</source>
        <translation>Exporter les données de ce stagiaire…</translation>
    </message>
    <message>
        <source>Erase this trainee…</source>
        <translation>Effacer ce stagiaire…</translation>
    </message>
    <message>
        <source>Keep attempts for (months, 0 = keep until erased)</source>
        <translation>Conserver les tentatives (mois, 0 = jusqu’à effacement)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Delete older attempts now</source>
        <translation>Supprimer maintenant les plus anciennes</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Non envoyé : {reason}</translation>
    </message>
    <message>
        <source>Choose a trainee first.</source>
        <translation>Choisissez d’abord un stagiaire.</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Bundle imported: {n} new attempts (the ones already here were kept as they were).</source>
        <translation>Paquet importé : {n} nouvelles tentatives (celles déjà présentes sont restées telles quelles).</translation>
    </message>
    <message>
        <source>Save the trainee's data as</source>
        <translation>Enregistrer les données du stagiaire sous</translation>
    </message>
    <message>
        <source>Saved: everything about this trainee ({n} attempts) is in {path}.</source>
        <translation>Enregistré : tout ce qui concerne ce stagiaire ({n} tentatives) est dans {path}.</translation>
    </message>
    <message>
        <source>Erase a trainee</source>
        <translation>Effacer un stagiaire</translation>
    </message>
    <message>
        <source>This deletes every attempt, note and queued record of {name}, for good. Type the name to confirm:</source>
        <translation>Cela supprime définitivement toutes les tentatives, notes et envois en attente de {name}. Tapez le nom pour confirmer :</translation>
    </message>
    <message>
        <source>Nothing was erased (the name typed did not match).</source>
        <translation>Rien n’a été effacé (le nom tapé ne correspond pas).</translation>
    </message>
    <message>
        <source>Erased: the trainee and {n} attempts are gone from this computer.</source>
        <translation>Effacé : le stagiaire et {n} tentatives ont disparu de cet ordinateur.</translation>
    </message>
    <message>
        <source>Attempts are kept for {n} months.</source>
        <translation>Les tentatives sont conservées {n} mois.</translation>
    </message>
    <message>
        <source>Attempts are kept until a trainee is erased.</source>
        <translation>Les tentatives sont conservées jusqu’à l’effacement du stagiaire.</translation>
    </message>
    <message>
        <source>{n} old attempts deleted.</source>
        <translation>{n} anciennes tentatives supprimées.</translation>
    </message>
    <message>
        <source>Type the LRS address first.</source>
        <translation>Tapez d’abord l’adresse du LRS.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>{sent} statements sent, {pending} still waiting.</source>
        <translation>{sent} déclarations envoyées, {pending} encore en attente.</translation>
    </message>
    <message>
        <source>The LRS did not answer: they will be sent next time.</source>
        <translation>Le LRS n’a pas répondu : elles partiront la prochaine fois.</translation>
    </message>
    <message>
        <source>Sending stopped. What was not sent stays queued for next time.</source>
        <translation>Envoi arrêté. Ce qui n’est pas parti reste en attente pour la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>ReplayView</name>
    <message>
        <source>Attempt replay</source>
        <translation>Relecture de la tentative</translation>
    </message>
    <message>
        <source>← Back to the trainee</source>
        <translation>← Retour au stagiaire</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Déroulé</translation>
    </message>
    <message>
        <source>Trainer's review</source>
        <translation>Avis du formateur</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Your name (trainer)</source>
        <translation>Votre nom (formateur)</translation>
    </message>
    <message>
        <source>Note for this attempt</source>
        <translation>Note sur cette tentative</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <source>Validate (sign off)</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Started {when} (UTC).</source>
        <translation>Commencée le {when} (UTC).</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Chosen reply</source>
        <translation>Réponse choisie</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Temps de réponse</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>No reply was chosen in this attempt.</source>
        <translation>Aucune réponse n’a été choisie dans cette tentative.</translation>
    </message>
    <message>
        <source>Validated by {who}, on {day}.</source>
        <translation>Validé par {who}, le {day}.</translation>
    </message>
    <message>
        <source>Note by {who}: {note}</source>
        <translation>Note de {who} : {note}</translation>
    </message>
    <message>
        <source>Not validated yet.</source>
        <translation>Pas encore validée.</translation>
    </message>
    <message>
        <source>Type your name first: it is written on the sign-off.</source>
        <translation>Tapez d’abord votre nom : il figure sur la validation.</translation>
    </message>
    <message>
        <source>The note is empty: there is nothing to save.</source>
        <translation>La note est vide : rien à enregistrer.</translation>
    </message>
</context>
<context>
    <name>TraineePageView</name>
    <message>
        <source>Trainee page</source>
        <translation>Page du stagiaire</translation>
    </message>
    <message>
        <source>← Back to the dashboard</source>
        <translation>← Retour au tableau de bord</translation>
    </message>
    <message>
        <source>Score per criterion over time</source>
        <translation>Score par critère au fil du temps</translation>
    </message>
    <message>
        <source>Criterion to work on</source>
        <translation>Critère à travailler</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Enter or double-click an attempt to replay it.</source>
        <translation>Entrée ou double-clic sur une tentative pour la relire.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>no shop</source>
        <translation>sans boutique</translation>
    </message>
    <message>
        <source>employee number {n}</source>
        <translation>matricule {n}</translation>
    </message>
    <message>
        <source>{n} attempts</source>
        <translation>{n} tentatives</translation>
    </message>
    <message>
        <source>No finished attempt yet: nothing to judge.</source>
        <translation>Aucune tentative terminée : rien à juger pour l’instant.</translation>
    </message>
    <message>
        <source>To work on first: {criterion} (average {score}/100). Others: {others}.</source>
        <translation>À travailler en priorité : {criterion} (moyenne {score}/100). Les autres : {others}.</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Pas terminée</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Échouée</translation>
    </message>
</context>
<context>
    <name>TrainerArea</name>
    <message>
        <source>Trainer area</source>
        <translation>Espace formateur</translation>
    </message>
</context>
<context>
    <name>TrainerParts</name>
    <message>
        <source>any day</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>Toutes les boutiques</translation>
    </message>
</context>
<context>
    <name>TrainerScreens</name>
    <message>
        <source>Trainer area</source>
        <translation>Espace formateur</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Log out and leave the trainer area</source>
        <translation>Se déconnecter et quitter l’espace formateur</translation>
    </message>
    <message>
        <source>Trainer screens</source>
        <translation>Écrans formateur</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Scenario analytics</source>
        <translation>&amp;Analyse des situations</translation>
    </message>
    <message>
        <source>&amp;Records and privacy</source>
        <translation>&amp;Dossiers et vie privée</translation>
    </message>
</context>
</TS>