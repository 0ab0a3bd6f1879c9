<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AnalyticsView</name>
    <message>
        <location filename="../views/trainer/analytics.py" line="61"/>
        <source>Scenario analytics</source>
        <translation>Analyse des situations</translation>
    </message>
    <message>
        <location filename="../views/trainer/analytics.py" line="66"/>
        <location filename="../views/trainer/analytics.py" line="69"/>
        <source>Scenario</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../views/trainer/analytics.py" line="75"/>
        <source>Where trainees go wrong</source>
        <translation>Où les stagiaires se trompent</translation>
    </message>
    <message>
        <location filename="../views/trainer/analytics.py" line="85"/>
        <source>No scenario is installed.</source>
        <translation>Aucune situation n’est installée.</translation>
    </message>
    <message>
        <location filename="../views/trainer/analytics.py" line="87"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../views/trainer/analytics.py" line="112"/>
        <source>Nobody has played this scenario yet.</source>
        <translation>Personne n’a encore joué cette situation.</translation>
    </message>
    <message>
        <location filename="../views/trainer/analytics.py" line="116"/>
        <source>No reply stands out as a common mistake.</source>
        <translation>Aucune réponse ne ressort comme une erreur fréquente.</translation>
    </message>
    <message>
        <location filename="../views/trainer/analytics.py" line="118"/>
        <source>Where trainees go wrong most: when the customer says “{customer}”, {share}% choose “{reply}” (average score {avg}).</source>
        <translation>Là où l’on se trompe le plus&#x202f;: quand le client dit «&#x202f;{customer}&#x202f;», {share}&#x202f;% choisissent «&#x202f;{reply}&#x202f;» (score moyen {avg}).</translation>
    </message>
    <message>
        <location filename="../views/trainer/analytics.py" line="125"/>
        <source>Customer: “{text}”</source>
        <translation>Client&#x202f;: «&#x202f;{text}&#x202f;»</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/trainer/analytics.py" line="126"/>
        <source>Reached %n time(s).</source>
        <translation>
            <numerusform>Atteint %n fois.</numerusform>
            <numerusform>Atteint %n fois.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/trainer/analytics.py" line="139"/>
        <source>{share}% ({n}) · average score {avg}</source>
        <translation>{share}&#x202f;% ({n}) · score moyen {avg}</translation>
    </message>
    <message>
        <location filename="../views/trainer/analytics.py" line="142"/>
        <source>most chosen poor reply</source>
        <translation>mauvaise réponse la plus choisie</translation>
    </message>
</context>
<context>
    <name>CriteriaChart</name>
    <message>
        <location filename="../views/trainer/chart.py" line="29"/>
        <source>Score per criterion over time</source>
        <translation>Score par critère au fil du temps</translation>
    </message>
    <message>
        <location filename="../views/trainer/chart.py" line="41"/>
        <location filename="../views/trainer/chart.py" line="56"/>
        <source>No finished attempt yet.</source>
        <translation>Aucune tentative terminée pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/trainer/chart.py" line="43"/>
        <source>%n finished attempt(s); the last one: </source>
        <translation>
            <numerusform>%n tentative terminée ; la dernière : </numerusform>
            <numerusform>%n tentatives terminées ; la dernière : </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/trainer/chart.py" line="73"/>
        <source>first</source>
        <translation>première</translation>
    </message>
    <message>
        <location filename="../views/trainer/chart.py" line="75"/>
        <source>latest</source>
        <translation>dernière</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../views/trainer/dashboard.py" line="61"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../views/trainer/dashboard.py" line="73"/>
        <source>Trainees and scenarios</source>
        <translation>Stagiaires et situations</translation>
    </message>
    <message>
        <location filename="../views/trainer/dashboard.py" line="81"/>
        <source>Enter or double-click a row to open the trainee&apos;s page. Click a column title to sort.</source>
        <translation>Entrée ou double-clic sur une ligne pour ouvrir la page du stagiaire. Cliquez sur un titre de colonne pour trier.</translation>
    </message>
    <message>
        <location filename="../views/trainer/dashboard.py" line="86"/>
        <location filename="../views/trainer/dashboard.py" line="94"/>
        <source>Shop</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <location filename="../views/trainer/dashboard.py" line="87"/>
        <location filename="../views/trainer/dashboard.py" line="94"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../views/trainer/dashboard.py" line="88"/>
        <location filename="../views/trainer/dashboard.py" line="95"/>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../views/trainer/dashboard.py" line="90"/>
        <location filename="../views/trainer/dashboard.py" line="95"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../views/trainer/dashboard.py" line="91"/>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../views/trainer/dashboard.py" line="100"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../views/trainer/dashboard.py" line="114"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/trainer/dashboard.py" line="130"/>
        <source>%n trainee(s), </source>
        <translation>
            <numerusform>%n stagiaire, </numerusform>
            <numerusform>%n stagiaires, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/trainer/dashboard.py" line="130"/>
        <source>%n validated result(s).</source>
        <translation>
            <numerusform>%n résultat validé.</numerusform>
            <numerusform>%n résultats validés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="47"/>
        <location filename="../views/trainer/export_dialog.py" line="53"/>
        <source>Export completion records</source>
        <translation>Exporter les résultats de formation</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="56"/>
        <source>Export progress</source>
        <translation>Avancement de l’export</translation>
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
        <translation>CSV pour Excel français (séparateur&#x202f;;)</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="69"/>
        <source>CSV (separator ,)</source>
        <translation>CSV (séparateur ,)</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="70"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Classeur Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="70"/>
        <source>PDF report (certificate for one trainee)</source>
        <translation>Rapport PDF (attestation pour un seul stagiaire)</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="71"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="71"/>
        <source>xAPI statements (JSON)</source>
        <translation>Déclarations xAPI (JSON)</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="72"/>
        <source>Bundle for another shop PC</source>
        <translation>Paquet pour le PC d’une autre boutique</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="76"/>
        <location filename="../views/trainer/export_dialog.py" line="88"/>
        <source>Shop</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="77"/>
        <location filename="../views/trainer/export_dialog.py" line="89"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="77"/>
        <location filename="../views/trainer/export_dialog.py" line="89"/>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="79"/>
        <source>Only this trainee (name or employee number)</source>
        <translation>Seulement ce stagiaire (nom ou matricule)</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="80"/>
        <source>everyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="82"/>
        <location filename="../views/trainer/export_dialog.py" line="92"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="83"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="83"/>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="90"/>
        <source>Trainee</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="97"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="99"/>
        <source>Cancel the export</source>
        <translation>Annuler l’export</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="102"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="130"/>
        <source>Save the export as</source>
        <translation>Enregistrer l’export sous</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="137"/>
        <source>Choose where to save the file first.</source>
        <translation>Choisissez d’abord où enregistrer le fichier.</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="142"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="153"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/trainer/export_dialog.py" line="163"/>
        <source>Done: %n record(s) written to {path}.</source>
        <translation>
            <numerusform>Terminé : %n ligne écrite dans {path}.</numerusform>
            <numerusform>Terminé : %n lignes écrites dans {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="167"/>
        <source>The export did not work: {reason}</source>
        <translation>L’export n’a pas abouti&#x202f;: {reason}</translation>
    </message>
    <message>
        <location filename="../views/trainer/export_dialog.py" line="172"/>
        <source>Export cancelled. No file was written.</source>
        <translation>Export annulé. Aucun fichier n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../views/trainer/worker.py" line="74"/>
        <source>Something went wrong. Nothing was lost; the details are in the log file.</source>
        <translation>Un problème est survenu. Rien n’est perdu&#x202f;; les détails sont dans le journal.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../views/trainer/matrix.py" line="29"/>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <location filename="../views/trainer/matrix.py" line="30"/>
        <source>To retry</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <location filename="../views/trainer/matrix.py" line="31"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../views/trainer/matrix.py" line="32"/>
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <location filename="../views/trainer/matrix.py" line="100"/>
        <source>Trainee</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <location filename="../views/trainer/matrix.py" line="102"/>
        <source>Shop</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <location filename="../views/trainer/matrix.py" line="144"/>
        <source>{status}. Best score: {best}. Attempts: {n}.</source>
        <translation>{status}. Meilleur score&#x202f;: {best}. Tentatives&#x202f;: {n}.</translation>
    </message>
    <message>
        <location filename="../views/trainer/matrix.py" line="148"/>
        <source>Validated by {who}, on {day}.</source>
        <translation>Validé par {who}, le {day}.</translation>
    </message>
</context>
<context>
    <name>PasswordGate</name>
    <message>
        <location filename="../views/trainer/gate.py" line="28"/>
        <source>{s} s</source>
        <translation>{s}&#x202f;s</translation>
    </message>
    <message>
        <location filename="../views/trainer/gate.py" line="29"/>
        <source>{m} min {s} s</source>
        <translation>{m}&#x202f;min {s}&#x202f;s</translation>
    </message>
    <message>
        <location filename="../views/trainer/gate.py" line="42"/>
        <source>Trainer area: password</source>
        <translation>Espace formateur&#x202f;: mot de passe</translation>
    </message>
    <message>
        <location filename="../views/trainer/gate.py" line="52"/>
        <source>Trainer area</source>
        <translation>Espace formateur</translation>
    </message>
    <message>
        <location filename="../views/trainer/gate.py" line="59"/>
        <location filename="../views/trainer/gate.py" line="61"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../views/trainer/gate.py" line="60"/>
        <location filename="../views/trainer/gate.py" line="62"/>
        <source>Type the password again</source>
        <translation>Retapez le mot de passe</translation>
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
        <translation>Ouvrir l’espace formateur</translation>
    </message>
    <message>
        <location filename="../views/trainer/gate.py" line="75"/>
        <source>Back to the trainees</source>
        <translation>Retour aux stagiaires</translation>
    </message>
    <message>
        <location filename="../views/trainer/gate.py" line="94"/>
        <source>No trainer password exists yet. Choose one (at least {n} characters) and keep it away from trainees.</source>
        <translation>Aucun mot de passe formateur n’existe encore. Choisissez-en un (au moins {n} caractères) et gardez-le hors de portée des stagiaires.</translation>
    </message>
    <message>
        <location filename="../views/trainer/gate.py" line="96"/>
        <source>Type the trainer password. Trainees cannot open this area.</source>
        <translation>Tapez le mot de passe formateur. Les stagiaires ne peuvent pas ouvrir cet espace.</translation>
    </message>
    <message>
        <location filename="../views/trainer/gate.py" line="97"/>
        <source>Save the password and open</source>
        <translation>Enregistrer le mot de passe et ouvrir</translation>
    </message>
    <message>
        <location filename="../views/trainer/gate.py" line="117"/>
        <source>Too many wrong passwords. The trainer area is locked for {wait}.</source>
        <translation>Trop de mots de passe erronés. L’espace formateur est verrouillé pendant {wait}.</translation>
    </message>
    <message>
        <location filename="../views/trainer/gate.py" line="133"/>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message>
        <location filename="../views/trainer/gate.py" line="147"/>
        <source>The password must have at least {n} characters.</source>
        <translation>Le mot de passe doit compter au moins {n} caractères.</translation>
    </message>
    <message>
        <location filename="../views/trainer/gate.py" line="149"/>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>Les deux mots de passe sont différents. Retapez-les.</translation>
    </message>
    <message>
        <location filename="../views/trainer/gate.py" line="174"/>
        <source>This password is not right. Check it and try again.</source>
        <translation>Ce mot de passe n’est pas le bon. Vérifiez-le et réessayez.</translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message>
        <location filename="../views/trainer/privacy.py" line="43"/>
        <source>Records and privacy</source>
        <translation>Dossiers et vie privée</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="61"/>
        <source>Completion records</source>
        <translation>Résultats de formation</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="62"/>
        <source>One row per trainee and scenario, for HR: CSV, Excel, PDF, JSON, xAPI, or a bundle to merge into another shop PC.</source>
        <translation>Une ligne par stagiaire et par situation, pour les RH&#x202f;: CSV, Excel, PDF, JSON, xAPI, ou un paquet à fusionner sur le PC d’une autre boutique.</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="65"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="67"/>
        <source>Import a bundle…</source>
        <translation>Importer un paquet…</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="79"/>
        <location filename="../views/trainer/privacy.py" line="83"/>
        <source>Shop of this PC</source>
        <translation>Boutique de ce PC</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="84"/>
        <source>e.g. Paris Bastille</source>
        <translation>par ex. Paris Bastille</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="86"/>
        <source>Save the shop</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="93"/>
        <source>Learning Record Store (xAPI)</source>
        <translation>Learning Record Store (xAPI)</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="98"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="98"/>
        <source>User name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="99"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="100"/>
        <source>LRS</source>
        <translation>LRS</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="103"/>
        <source>The password is kept on this PC, in the record book: use an LRS key that can only send statements.</source>
        <translation>Le mot de passe est conservé sur ce PC, dans le registre des résultats&#xa0;: utilisez une clé du LRS qui ne peut qu’envoyer des déclarations.</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="106"/>
        <source>Sending progress</source>
        <translation>Avancement de l’envoi</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="111"/>
        <source>LRS message</source>
        <translation>Message du LRS</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="114"/>
        <source>Save and send now</source>
        <translation>Enregistrer et envoyer</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="116"/>
        <source>Stop sending</source>
        <translation>Arrêter l’envoi</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="127"/>
        <source>Personal data (GDPR)</source>
        <translation>Données personnelles (RGPD)</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="131"/>
        <location filename="../views/trainer/privacy.py" line="132"/>
        <source>Trainee</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="135"/>
        <source>Export this trainee&apos;s data…</source>
        <translation>Exporter les données de ce stagiaire…</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="137"/>
        <source>Erase this trainee…</source>
        <translation>Effacer ce stagiaire…</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="143"/>
        <location filename="../views/trainer/privacy.py" line="147"/>
        <source>Keep attempts for (months, 0 = keep until erased)</source>
        <translation>Conserver les tentatives (mois, 0 = jusqu’à effacement)</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="148"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="150"/>
        <source>Delete older attempts now</source>
        <translation>Supprimer maintenant les plus anciennes</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="161"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="213"/>
        <source>Choose a trainee first.</source>
        <translation>Choisissez d’abord un stagiaire.</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="223"/>
        <source>New profiles on this PC will belong to {shop}.</source>
        <translation>Les nouveaux profils créés sur ce PC seront rattachés à {shop}.</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="224"/>
        <source>New profiles on this PC will belong to no particular shop.</source>
        <translation>Les nouveaux profils créés sur ce PC ne seront rattachés à aucune boutique.</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="227"/>
        <source>Import a bundle</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="229"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="234"/>
        <source>Importing… {percent} %</source>
        <translation>Import en cours… {percent}&#x202f;%</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/trainer/privacy.py" line="238"/>
        <source>Bundle imported: %n new attempt(s) (the ones already here were kept as they were).</source>
        <translation>
            <numerusform>Paquet importé : %n nouvelle tentative (celles déjà présentes sont restées telles quelles).</numerusform>
            <numerusform>Paquet importé : %n nouvelles tentatives (celles déjà présentes sont restées telles quelles).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/trainer/privacy.py" line="254"/>
        <source>Saved: everything about this trainee (%n attempt(s)) is in {path}.</source>
        <translation>
            <numerusform>Enregistré : tout ce qui concerne ce stagiaire (%n tentative) est dans {path}.</numerusform>
            <numerusform>Enregistré : tout ce qui concerne ce stagiaire (%n tentatives) est dans {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/trainer/privacy.py" line="274"/>
        <source>Erased: the trainee and %n attempt(s) are gone from this computer.</source>
        <translation>
            <numerusform>Effacé : le stagiaire et %n tentative ont disparu de cet ordinateur.</numerusform>
            <numerusform>Effacé : le stagiaire et %n tentatives ont disparu de cet ordinateur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/trainer/privacy.py" line="286"/>
        <source>Attempts are kept for %n month(s); older ones are deleted when the simulator starts, once a day.</source>
        <translation>
            <numerusform>Les tentatives sont conservées %n mois ; les plus anciennes sont supprimées au démarrage du simulateur, une fois par jour.</numerusform>
            <numerusform>Les tentatives sont conservées %n mois ; les plus anciennes sont supprimées au démarrage du simulateur, une fois par jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/trainer/privacy.py" line="296"/>
        <source>%n old attempt(s) deleted.</source>
        <translation>
            <numerusform>%n ancienne tentative supprimée.</numerusform>
            <numerusform>%n anciennes tentatives supprimées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/trainer/privacy.py" line="320"/>
        <source>%n statement(s) sent, </source>
        <translation>
            <numerusform>%n déclaration envoyée, </numerusform>
            <numerusform>%n déclarations envoyées, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/trainer/privacy.py" line="320"/>
        <source>%n still waiting.</source>
        <translation>
            <numerusform>%n encore en attente.</numerusform>
            <numerusform>%n encore en attente.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="248"/>
        <source>Save the trainee&apos;s data as</source>
        <translation>Enregistrer les données du stagiaire sous</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="259"/>
        <source>Erase a trainee</source>
        <translation>Effacer un stagiaire</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="260"/>
        <source>This deletes every attempt, note and queued record of {name}, for good. Type the name to confirm:</source>
        <translation>Cela supprime définitivement toutes les tentatives, notes et envois en attente de {name}. Tapez le nom pour confirmer&#x202f;:</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="269"/>
        <source>Nothing was erased (the name typed did not match).</source>
        <translation>Rien n’a été effacé (le nom tapé ne correspond pas).</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="289"/>
        <source>Attempts are kept until a trainee is erased.</source>
        <translation>Les tentatives sont conservées jusqu’à l’effacement du stagiaire.</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="302"/>
        <source>Type the LRS address first.</source>
        <translation>Tapez d’abord l’adresse du LRS.</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="308"/>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="324"/>
        <source>The LRS did not answer: they will be sent next time.</source>
        <translation>Le LRS n’a pas répondu&#x202f;: elles partiront la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../views/trainer/privacy.py" line="332"/>
        <source>Sending stopped. What was not sent stays queued for next time.</source>
        <translation>Envoi arrêté. Ce qui n’est pas parti reste en attente pour la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>ReplayView</name>
    <message>
        <location filename="../views/trainer/replay.py" line="38"/>
        <source>Attempt replay</source>
        <translation>Relecture de la tentative</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="41"/>
        <source>← Back to the trainee</source>
        <translation>← Retour au stagiaire</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="50"/>
        <source>Transcript</source>
        <translation>Déroulé</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="58"/>
        <source>Trainer&apos;s review</source>
        <translation>Avis du formateur</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="60"/>
        <source>Sign-off</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="65"/>
        <location filename="../views/trainer/replay.py" line="70"/>
        <source>Your name (trainer)</source>
        <translation>Votre nom (formateur)</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="68"/>
        <location filename="../views/trainer/replay.py" line="71"/>
        <source>Note for this attempt</source>
        <translation>Note sur cette tentative</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="76"/>
        <source>Save the note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="78"/>
        <source>Validate (sign off)</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="87"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="115"/>
        <source>Started {when}.</source>
        <translation>Commencée le {when}.</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="121"/>
        <source>Customer:</source>
        <translation>Client&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="121"/>
        <source>Chosen reply:</source>
        <translation>Réponse choisie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="122"/>
        <source>Time taken:</source>
        <translation>Temps de réponse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="122"/>
        <source>Ending:</source>
        <translation>Fin&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="139"/>
        <source>No reply was chosen in this attempt.</source>
        <translation>Aucune réponse n’a été choisie dans cette tentative.</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="145"/>
        <source>Validated by {who}, on {day}.</source>
        <translation>Validé par {who}, le {day}.</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="148"/>
        <source>Note by {who}: {note}</source>
        <translation>Note de {who}&#x202f;: {note}</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="149"/>
        <source>Not validated yet.</source>
        <translation>Pas encore validée.</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="160"/>
        <source>Type your name first: it is written on the sign-off.</source>
        <translation>Tapez d’abord votre nom&#x202f;: il figure sur la validation.</translation>
    </message>
    <message>
        <location filename="../views/trainer/replay.py" line="164"/>
        <source>The note is empty: there is nothing to save.</source>
        <translation>La note est vide&#x202f;: rien à enregistrer.</translation>
    </message>
</context>
<context>
    <name>TraineePageView</name>
    <message>
        <location filename="../views/trainer/trainee.py" line="34"/>
        <source>Trainee page</source>
        <translation>Page du stagiaire</translation>
    </message>
    <message>
        <location filename="../views/trainer/trainee.py" line="38"/>
        <source>← Back to the dashboard</source>
        <translation>← Retour au tableau de bord</translation>
    </message>
    <message>
        <location filename="../views/trainer/trainee.py" line="54"/>
        <source>Score per criterion over time</source>
        <translation>Score par critère au fil du temps</translation>
    </message>
    <message>
        <location filename="../views/trainer/trainee.py" line="56"/>
        <source>Criterion to work on</source>
        <translation>Critère à travailler</translation>
    </message>
    <message>
        <location filename="../views/trainer/trainee.py" line="64"/>
        <location filename="../views/trainer/trainee.py" line="66"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../views/trainer/trainee.py" line="67"/>
        <source>Scenario</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../views/trainer/trainee.py" line="67"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../views/trainer/trainee.py" line="68"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../views/trainer/trainee.py" line="68"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../views/trainer/trainee.py" line="74"/>
        <source>Enter or double-click an attempt to replay it.</source>
        <translation>Entrée ou double-clic sur une tentative pour la relire.</translation>
    </message>
    <message>
        <location filename="../views/trainer/trainee.py" line="79"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../views/trainer/trainee.py" line="90"/>
        <source>no shop</source>
        <translation>sans boutique</translation>
    </message>
    <message>
        <location filename="../views/trainer/trainee.py" line="91"/>
        <source>employee number {n}</source>
        <translation>matricule {n}</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/trainer/trainee.py" line="92"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n tentative</numerusform>
            <numerusform>%n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/trainer/trainee.py" line="103"/>
        <source>No finished attempt yet: nothing to judge.</source>
        <translation>Aucune tentative terminée&#x202f;: rien à juger pour l’instant.</translation>
    </message>
    <message>
        <location filename="../views/trainer/trainee.py" line="105"/>
        <source>To work on first: {criterion} (average {score}/100). Others: {others}.</source>
        <translation>À travailler en priorité&#x202f;: {criterion} (moyenne {score}/100). Les autres&#x202f;: {others}.</translation>
    </message>
    <message>
        <location filename="../views/trainer/trainee.py" line="124"/>
        <source>Not finished</source>
        <translation>Pas terminée</translation>
    </message>
    <message>
        <location filename="../views/trainer/trainee.py" line="126"/>
        <source>Abandoned</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <location filename="../views/trainer/trainee.py" line="127"/>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <location filename="../views/trainer/trainee.py" line="127"/>
        <source>Not passed</source>
        <translation>Échouée</translation>
    </message>
</context>
<context>
    <name>TrainerArea</name>
    <message>
        <location filename="../views/trainer/area.py" line="128"/>
        <source>Trainer area</source>
        <translation>Espace formateur</translation>
    </message>
</context>
<context>
    <name>TrainerParts</name>
    <message>
        <location filename="../views/trainer/parts.py" line="19"/>
        <source>any day</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <location filename="../views/trainer/parts.py" line="34"/>
        <source>All shops</source>
        <translation>Toutes les boutiques</translation>
    </message>
</context>
<context>
    <name>TrainerProblems</name>
    <message>
        <location filename="../views/trainer/problems.py" line="21"/>
        <source>The file {file} could not be used ({reason}).</source>
        <translation>Le fichier {file} n’a pas pu être utilisé ({reason}).</translation>
    </message>
    <message>
        <location filename="../views/trainer/problems.py" line="28"/>
        <source>The disk is full: {file} could not be written. Free some space or choose another drive; nothing was changed there.</source>
        <translation>Le disque est plein&#xa0;: {file} n’a pas pu être écrit. Libérez de la place ou choisissez un autre support&#x202f;; rien n’y a été modifié.</translation>
    </message>
    <message>
        <location filename="../views/trainer/problems.py" line="31"/>
        <source>{file} cannot be written there (no permission, or a read-only drive). Choose another folder; nothing was changed there.</source>
        <translation>{file} ne peut pas être écrit à cet endroit (pas d’autorisation, ou support en lecture seule). Choisissez un autre dossier&#x202f;; rien n’y a été modifié.</translation>
    </message>
    <message>
        <location filename="../views/trainer/problems.py" line="34"/>
        <source>{file} could not be written ({reason}); nothing was changed there.</source>
        <translation>{file} n’a pas pu être écrit ({reason})&#x202f;; rien n’y a été modifié.</translation>
    </message>
    <message>
        <location filename="../views/trainer/problems.py" line="36"/>
        <source>The folder {folder} does not exist; choose another place to save the file.</source>
        <translation>Le dossier {folder} n’existe pas&#x202f;; choisissez un autre emplacement pour le fichier.</translation>
    </message>
    <message>
        <location filename="../views/trainer/problems.py" line="38"/>
        <source>No trainee called &quot;{name}&quot; is in the record book.</source>
        <translation>Aucun stagiaire nommé «&#xa0;{name}&#xa0;» dans le registre des résultats.</translation>
    </message>
    <message>
        <location filename="../views/trainer/problems.py" line="40"/>
        <source>Several trainees are called &quot;{name}&quot;. Give the employee id instead.</source>
        <translation>Plusieurs stagiaires s’appellent «&#xa0;{name}&#xa0;». Indiquez plutôt le matricule.</translation>
    </message>
    <message>
        <location filename="../views/trainer/problems.py" line="42"/>
        <source>The retention period must be at least 1 month.</source>
        <translation>La durée de conservation doit être d’au moins 1 mois.</translation>
    </message>
    <message>
        <location filename="../views/trainer/problems.py" line="44"/>
        <source>No retention period is set yet: choose a number of months and save it first.</source>
        <translation>Aucune durée de conservation n’est encore réglée&#xa0;: choisissez un nombre de mois et enregistrez-le d’abord.</translation>
    </message>
    <message>
        <location filename="../views/trainer/problems.py" line="46"/>
        <source>There is no file {file}.</source>
        <translation>Le fichier {file} n’existe pas.</translation>
    </message>
    <message>
        <location filename="../views/trainer/problems.py" line="48"/>
        <source>{file} is not a bundle made by the simulator; nothing was imported.</source>
        <translation>{file} n’est pas un paquet créé par le simulateur&#x202f;; rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../views/trainer/problems.py" line="50"/>
        <source>{file} was made by a newer version of the simulator; update this one to import it. Nothing was imported.</source>
        <translation>{file} a été créé par une version plus récente du simulateur&#x202f;; mettez celle-ci à jour pour l’importer. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../views/trainer/problems.py" line="53"/>
        <source>This bundle is damaged or incomplete; nothing was imported.</source>
        <translation>Ce paquet est endommagé ou incomplet&#x202f;; rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../views/trainer/problems.py" line="55"/>
        <source>Some records in this bundle are not valid, so nothing was imported. The details are in the log file.</source>
        <translation>Certains résultats de ce paquet ne sont pas valides, donc rien n’a été importé. Les détails sont dans le journal.</translation>
    </message>
    <message>
        <location filename="../views/trainer/problems.py" line="58"/>
        <source>No LRS address is set: type it above, then send.</source>
        <translation>Aucune adresse de LRS n’est réglée&#xa0;: saisissez-la ci-dessus, puis envoyez.</translation>
    </message>
    <message>
        <location filename="../views/trainer/problems.py" line="60"/>
        <source>The LRS at {endpoint} refused the user name or password (HTTP {status}). Check them; the statements stay queued.</source>
        <translation>Le LRS à l’adresse {endpoint} a refusé l’identifiant ou le mot de passe (HTTP {status}). Vérifiez-les&#x202f;; les déclarations restent en attente.</translation>
    </message>
    <message>
        <location filename="../views/trainer/problems.py" line="63"/>
        <source>The LRS at {endpoint} cannot be reached (no network, or a wrong address). The statements stay queued and will be sent next time.</source>
        <translation>Le LRS à l’adresse {endpoint} est injoignable (pas de réseau, ou adresse erronée). Les déclarations restent en attente et partiront au prochain envoi.</translation>
    </message>
    <message>
        <location filename="../views/trainer/problems.py" line="66"/>
        <source>The LRS at {endpoint} kept failing (HTTP {status}). The statements stay queued and will be sent next time.</source>
        <translation>Le LRS à l’adresse {endpoint} a répondu en erreur à chaque essai (HTTP {status}). Les déclarations restent en attente et partiront au prochain envoi.</translation>
    </message>
</context>
<context>
    <name>TrainerScreens</name>
    <message>
        <location filename="../views/trainer/area.py" line="41"/>
        <source>Trainer area</source>
        <translation>Espace formateur</translation>
    </message>
    <message>
        <location filename="../views/trainer/area.py" line="42"/>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../views/trainer/area.py" line="42"/>
        <source>Log out and leave the trainer area</source>
        <translation>Se déconnecter et quitter l’espace formateur</translation>
    </message>
    <message>
        <location filename="../views/trainer/area.py" line="55"/>
        <source>Trainer screens</source>
        <translation>Écrans formateur</translation>
    </message>
    <message>
        <location filename="../views/trainer/area.py" line="56"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <location filename="../views/trainer/area.py" line="57"/>
        <source>&amp;Scenario analytics</source>
        <translation>&amp;Analyse des situations</translation>
    </message>
    <message>
        <location filename="../views/trainer/area.py" line="58"/>
        <source>&amp;Records and privacy</source>
        <translation>&amp;Dossiers et vie privée</translation>
    </message>
</context>
</TS>
