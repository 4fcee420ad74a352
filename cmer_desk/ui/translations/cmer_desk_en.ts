<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../dialogs/about_dialog.py" line="32" />
            <source>À propos de cmer-desk</source>
            <translation>About cmer-desk</translation>
        </message>
        <message>
            <location filename="../dialogs/about_dialog.py" line="39" />
            <source>Icône de cmer-desk</source>
            <translation>cmer-desk icon</translation>
        </message>
        <message>
            <location filename="../dialogs/about_dialog.py" line="41" />
            <source>Version {0}</source>
            <translation>Version {0}</translation>
        </message>
        <message>
            <location filename="../dialogs/about_dialog.py" line="46" />
            <source>Bureau de la communication : événements, contacts, accréditations, invitations presse et listes d'émargement.</source>
            <translation>Communication office: events, contacts, accreditations, press invitations and attendee lists.</translation>
        </message>
        <message>
            <location filename="../dialogs/about_dialog.py" line="56" />
            <source>Licence : {0} (licence publique de l'Union européenne)</source>
            <translation>Licence: {0} (European Union Public Licence)</translation>
        </message>
        <message>
            <location filename="../dialogs/about_dialog.py" line="61" />
            <source>Texte de la licence…</source>
            <translation>Licence text…</translation>
        </message>
        <message>
            <location filename="../dialogs/about_dialog.py" line="68" />
            <source>Fichiers de ce poste</source>
            <translation>Files of this workstation</translation>
        </message>
        <message>
            <location filename="../dialogs/about_dialog.py" line="82" />
            <location filename="../dialogs/about_dialog.py" line="88" />
            <source>Bibliothèques</source>
            <translation>Libraries</translation>
        </message>
        <message>
            <location filename="../dialogs/about_dialog.py" line="84" />
            <source>non installé</source>
            <translation>not installed</translation>
        </message>
        <message>
            <location filename="../dialogs/about_dialog.py" line="94" />
            <source>Copier les informations</source>
            <translation>Copy the information</translation>
        </message>
        <message>
            <location filename="../dialogs/about_dialog.py" line="97" />
            <source>Pour une demande d'assistance : la version, les fichiers et les bibliothèques, dans le presse-papiers</source>
            <translation>For a support request: the version, the files and the libraries, on the clipboard</translation>
        </message>
        <message>
            <location filename="../dialogs/about_dialog.py" line="106" />
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../dialogs/about_dialog.py" line="117" />
            <source>Base de données</source>
            <translation>Database</translation>
        </message>
        <message>
            <location filename="../dialogs/about_dialog.py" line="118" />
            <source>Sauvegardes</source>
            <translation>Backups</translation>
        </message>
        <message>
            <location filename="../dialogs/about_dialog.py" line="119" />
            <source>Journal</source>
            <translation>Log</translation>
        </message>
        <message>
            <location filename="../dialogs/about_dialog.py" line="119" />
            <source>aucun (journal non configuré)</source>
            <translation>none (logging not configured)</translation>
        </message>
        <message>
            <location filename="../dialogs/about_dialog.py" line="120" />
            <source>Dossier des données</source>
            <translation>Data folder</translation>
        </message>
        <message>
            <location filename="../dialogs/about_dialog.py" line="137" />
            <source>Informations copiées</source>
            <translation>Information copied</translation>
        </message>
        <message>
            <location filename="../dialogs/about_dialog.py" line="142" />
            <source>Licence de cmer-desk</source>
            <translation>cmer-desk licence</translation>
        </message>
        <message>
            <location filename="../dialogs/about_dialog.py" line="146" />
            <source>Texte de la licence</source>
            <translation>Licence text</translation>
        </message>
    </context>
    <context>
        <name>AccreditationsPage</name>
        <message>
            <location filename="../pages/accreditations_page.py" line="88" />
            <source>Ajouter un journaliste</source>
            <translation>Add a journalist</translation>
        </message>
        <message>
            <location filename="../pages/accreditations_page.py" line="92" />
            <location filename="../pages/accreditations_page.py" line="93" />
            <source>Rôle</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../pages/accreditations_page.py" line="107" />
            <source>Rechercher</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../pages/accreditations_page.py" line="108" />
            <location filename="../pages/accreditations_page.py" line="398" />
            <source>Rechercher (Ctrl+F) : nom, média…</source>
            <translation>Search (Ctrl+F): name, outlet…</translation>
        </message>
        <message>
            <location filename="../pages/accreditations_page.py" line="116" />
            <location filename="../pages/accreditations_page.py" line="198" />
            <source>Accréditations</source>
            <translation>Accreditations</translation>
        </message>
        <message>
            <location filename="../pages/accreditations_page.py" line="121" />
            <source>Confirmer</source>
            <translation>Confirm</translation>
        </message>
        <message>
            <location filename="../pages/accreditations_page.py" line="122" />
            <source>Refuser…</source>
            <translation>Refuse…</translation>
        </message>
        <message>
            <location filename="../pages/accreditations_page.py" line="123" />
            <source>Liste d'attente</source>
            <translation>Waiting list</translation>
        </message>
        <message>
            <location filename="../pages/accreditations_page.py" line="124" />
            <source>Annuler l'accréditation</source>
            <translation>Cancel the accreditation</translation>
        </message>
        <message>
            <location filename="../pages/accreditations_page.py" line="125" />
            <source>Arrivée / départ</source>
            <translation>Arrival / departure</translation>
        </message>
        <message>
            <location filename="../pages/accreditations_page.py" line="134" />
            <source>Supprimer la demande…</source>
            <translation>Delete the request…</translation>
        </message>
        <message>
            <location filename="../pages/accreditations_page.py" line="139" />
            <location filename="../pages/accreditations_page.py" line="377" />
            <source>Supprimer</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../pages/accreditations_page.py" line="173" />
            <source>Mode accueil</source>
            <translation>Check-in mode</translation>
        </message>
        <message>
            <location filename="../pages/accreditations_page.py" line="178" />
            <source>&amp;Rechercher</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <location filename="../pages/accreditations_page.py" line="252" />
            <source>Choisissez un événement dans la page Événements.</source>
            <translation>Choose an event on the Events page.</translation>
        </message>
        <message>
            <location filename="../pages/accreditations_page.py" line="267" />
            <source>Accréditations : {0}</source>
            <translation>Accreditations: {0}</translation>
        </message>
        <message>
            <location filename="../pages/accreditations_page.py" line="293" />
            <source>Par statut — {0}</source>
            <translation>By status — {0}</translation>
        </message>
        <message>
            <location filename="../pages/accreditations_page.py" line="298" />
            <source>illimitée</source>
            <translation>unlimited</translation>
        </message>
        <message>
            <location filename="../pages/accreditations_page.py" line="299" />
            <source>aucune</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../pages/accreditations_page.py" line="300" />
            <source>Confirmées par rôle — {0}   |   Places : {1} / {2} · limite par média : {3}</source>
            <translation>Confirmed by role — {0}   |   Places: {1} / {2} · limit per outlet: {3}</translation>
        </message>
        <message>
            <location filename="../pages/accreditations_page.py" line="303" />
            <source>Arrivées : {0} sur {1} confirmées</source>
            <translation>Arrivals: {0} of {1} confirmed</translation>
        </message>
        <message>
            <location filename="../pages/accreditations_page.py" line="292" />
            <location filename="../pages/accreditations_page.py" line="296" />
            <location filename="../pages/accreditations_page.py" line="332" />
            <source>{0} : {1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <location filename="../pages/accreditations_page.py" line="386" />
            <source>(Ctrl+Z pour annuler)</source>
            <translation>(Ctrl+Z to undo)</translation>
        </message>
        <message>
            <location filename="../pages/accreditations_page.py" line="397" />
            <source>Badge scanné, numéro ou nom puis Entrée : arrivée</source>
            <translation>Scanned badge, number or name, then Enter: arrival</translation>
        </message>
        <message>
            <location filename="../pages/accreditations_page.py" line="336" />
            <source>Demande d'accréditation ajoutée : {0}</source>
            <translation>Accreditation request added: {0}</translation>
        </message>
        <message>
            <location filename="../pages/accreditations_page.py" line="89" />
            <source>A&amp;jouter un journaliste</source>
            <translation>&amp;Add a journalist</translation>
        </message>
        <message>
            <location filename="../pages/accreditations_page.py" line="341" />
            <location filename="../pages/accreditations_page.py" line="372" />
            <source>Sélectionnez d'abord une ou plusieurs accréditations</source>
            <translation>Select one or more accreditations first</translation>
        </message>
        <message>
            <location filename="../pages/accreditations_page.py" line="353" />
            <source>Confirmer quand même ?</source>
            <translation>Confirm anyway?</translation>
        </message>
        <message>
            <location filename="../pages/accreditations_page.py" line="354" />
            <source>Limite dépassée</source>
            <translation>Limit exceeded</translation>
        </message>
        <message>
            <location filename="../pages/accreditations_page.py" line="358" />
            <source>Changement impossible</source>
            <translation>Cannot change</translation>
        </message>
        <message numerus="yes">
            <location filename="../pages/accreditations_page.py" line="49" />
            <source>%n accréditation(s) confirmée(s)</source>
            <translation>
                <numerusform>%n accreditation confirmed</numerusform>
                <numerusform>%n accreditations confirmed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../pages/accreditations_page.py" line="50" />
            <source>%n accréditation(s) refusée(s)</source>
            <translation>
                <numerusform>%n accreditation refused</numerusform>
                <numerusform>%n accreditations refused</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../pages/accreditations_page.py" line="51" />
            <source>%n accréditation(s) en liste d'attente</source>
            <translation>
                <numerusform>%n accreditation on the waiting list</numerusform>
                <numerusform>%n accreditations on the waiting list</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../pages/accreditations_page.py" line="52" />
            <source>%n accréditation(s) annulée(s)</source>
            <translation>
                <numerusform>%n accreditation cancelled</numerusform>
                <numerusform>%n accreditations cancelled</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../pages/accreditations_page.py" line="53" />
            <source>%n accréditation(s) remise(s) en demande</source>
            <translation>
                <numerusform>%n accreditation back to requested</numerusform>
                <numerusform>%n accreditations back to requested</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../pages/accreditations_page.py" line="68" />
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../pages/accreditations_page.py" line="69" />
            <source>Média</source>
            <translation>Outlet</translation>
        </message>
        <message>
            <location filename="../pages/accreditations_page.py" line="71" />
            <source>Statut</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../pages/accreditations_page.py" line="72" />
            <source>Carte de presse</source>
            <translation>Press card</translation>
        </message>
        <message>
            <location filename="../pages/accreditations_page.py" line="73" />
            <source>Arrivée</source>
            <translation>Arrival</translation>
        </message>
        <message>
            <location filename="../pages/accreditations_page.py" line="75" />
            <source>Motif</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../pages/accreditations_page.py" line="76" />
            <source>N°</source>
            <translation>No.</translation>
        </message>
        <message numerus="yes">
            <location filename="../pages/accreditations_page.py" line="306" />
            <source>%n admise(s) par un responsable</source>
            <translation>
                <numerusform>%n admitted by a supervisor</numerusform>
                <numerusform>%n admitted by a supervisor</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../pages/accreditations_page.py" line="376" />
            <source>Supprimer %n demande(s) d'accréditation : {0} ?</source>
            <translation>
                <numerusform>Delete %n accreditation request: {0}?</numerusform>
                <numerusform>Delete %n accreditation requests: {0}?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../pages/accreditations_page.py" line="384" />
            <source>%n demande(s) d'accréditation supprimée(s)</source>
            <translation>
                <numerusform>%n accreditation request deleted</numerusform>
                <numerusform>%n accreditation requests deleted</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AttendeeListDialog</name>
        <message>
            <location filename="../dialogs/document_dialogs.py" line="157" />
            <source>Liste d'émargement</source>
            <translation>Attendee list</translation>
        </message>
        <message>
            <location filename="../dialogs/document_dialogs.py" line="160" />
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../dialogs/document_dialogs.py" line="161" />
            <source>Média</source>
            <translation>Outlet</translation>
        </message>
        <message>
            <location filename="../dialogs/document_dialogs.py" line="162" />
            <location filename="../dialogs/document_dialogs.py" line="163" />
            <source>Trier par</source>
            <translation>Sort by</translation>
        </message>
        <message>
            <location filename="../dialogs/document_dialogs.py" line="174" />
            <source>Statuts</source>
            <translation>Statuses</translation>
        </message>
        <message>
            <location filename="../dialogs/document_dialogs.py" line="177" />
            <location filename="../dialogs/document_dialogs.py" line="178" />
            <source>Lignes vierges</source>
            <translation>Blank rows</translation>
        </message>
        <message>
            <location filename="../dialogs/document_dialogs.py" line="179" />
            <source>&amp;CSV…</source>
            <translation>&amp;CSV…</translation>
        </message>
        <message>
            <location filename="../dialogs/document_dialogs.py" line="180" />
            <source>&amp;XLSX…</source>
            <translation>&amp;XLSX…</translation>
        </message>
    </context>
    <context>
        <name>BadgesDialog</name>
        <message>
            <location filename="../dialogs/document_dialogs.py" line="201" />
            <source>Badges</source>
            <translation>Badges</translation>
        </message>
        <message>
            <location filename="../dialogs/document_dialogs.py" line="203" />
            <source>4 par page (A6)</source>
            <translation>4 per page (A6)</translation>
        </message>
        <message>
            <location filename="../dialogs/document_dialogs.py" line="204" />
            <source>1 par page</source>
            <translation>1 per page</translation>
        </message>
        <message>
            <location filename="../dialogs/document_dialogs.py" line="206" />
            <source>Accréditations confirmées</source>
            <translation>Confirmed accreditations</translation>
        </message>
        <message numerus="yes">
            <location filename="../dialogs/document_dialogs.py" line="207" />
            <source>Sélection de la page Accréditations (%n)</source>
            <translation>
                <numerusform>Selection on the Accreditations page (%n)</numerusform>
                <numerusform>Selection on the Accreditations page (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../dialogs/document_dialogs.py" line="210" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../dialogs/document_dialogs.py" line="211" />
            <source>Pour</source>
            <translation>For</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../dialogs/conflict_dialog.py" line="44" />
            <source>Modifié sur un autre poste</source>
            <translation>Changed on another workstation</translation>
        </message>
        <message>
            <location filename="../dialogs/conflict_dialog.py" line="48" />
            <source>Cet enregistrement a été modifié et enregistré sur un autre poste pendant que vous l'éditiez. Les différences sont surlignées. Quelle version faut-il garder ?</source>
            <translation>This record was changed and saved on another workstation while you were editing it. The differences are highlighted. Which version should be kept?</translation>
        </message>
        <message>
            <location filename="../dialogs/conflict_dialog.py" line="53" />
            <source>Champ</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../dialogs/conflict_dialog.py" line="53" />
            <source>Votre version</source>
            <translation>Your version</translation>
        </message>
        <message>
            <location filename="../dialogs/conflict_dialog.py" line="53" />
            <source>Version de l'autre poste</source>
            <translation>Other workstation's version</translation>
        </message>
        <message>
            <location filename="../dialogs/conflict_dialog.py" line="68" />
            <source>Différences</source>
            <translation>Differences</translation>
        </message>
        <message>
            <location filename="../dialogs/conflict_dialog.py" line="74" />
            <source>Garder ma version</source>
            <translation>Keep my version</translation>
        </message>
        <message>
            <location filename="../dialogs/conflict_dialog.py" line="75" />
            <source>Prendre la version de l'autre poste</source>
            <translation>Take the other workstation's version</translation>
        </message>
    </context>
    <context>
        <name>ContactForm</name>
        <message>
            <location filename="../forms/contact_form.py" line="48" />
            <source>Nouvel organisme…</source>
            <translation>New organisation…</translation>
        </message>
        <message>
            <location filename="../forms/contact_form.py" line="64" />
            <source>(aucune)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../forms/contact_form.py" line="65" />
            <location filename="../forms/contact_form.py" line="94" />
            <location filename="../forms/contact_form.py" line="148" />
            <source>(aucun)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../forms/contact_form.py" line="67" />
            <source>séparées par des virgules : PQR, TV</source>
            <translation>comma-separated: PQR, TV</translation>
        </message>
        <message>
            <location filename="../forms/contact_form.py" line="74" />
            <source>Civilité</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../forms/contact_form.py" line="75" />
            <source>Prénom</source>
            <translation>First name</translation>
        </message>
        <message>
            <location filename="../forms/contact_form.py" line="76" />
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../forms/contact_form.py" line="77" />
            <source>Fonction</source>
            <translation>Job title</translation>
        </message>
        <message>
            <location filename="../forms/contact_form.py" line="78" />
            <source>Organisme</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../forms/contact_form.py" line="79" />
            <source>Courriels</source>
            <translation>E-mails</translation>
        </message>
        <message>
            <location filename="../forms/contact_form.py" line="80" />
            <source>Téléphones</source>
            <translation>Phones</translation>
        </message>
        <message>
            <location filename="../forms/contact_form.py" line="81" />
            <source>N° de carte de presse</source>
            <translation>Press card no.</translation>
        </message>
        <message>
            <location filename="../forms/contact_form.py" line="82" />
            <source>Carte valable jusqu'en</source>
            <translation>Card valid until</translation>
        </message>
        <message>
            <location filename="../forms/contact_form.py" line="83" />
            <source>Type de carte</source>
            <translation>Card type</translation>
        </message>
        <message>
            <location filename="../forms/contact_form.py" line="84" />
            <source>Listes</source>
            <translation>Lists</translation>
        </message>
        <message>
            <location filename="../forms/contact_form.py" line="85" />
            <source>Observations</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <location filename="../forms/contact_form.py" line="86" />
            <source>Origine des données</source>
            <translation>Data source</translation>
        </message>
        <message>
            <location filename="../forms/contact_form.py" line="87" />
            <source>Dernier contact</source>
            <translation>Last contact</translation>
        </message>
        <message>
            <location filename="../forms/contact_form.py" line="158" />
            <source>Nouveau contact</source>
            <translation>New contact</translation>
        </message>
    </context>
    <context>
        <name>ContactPicker</name>
        <message>
            <location filename="../widgets/contact_picker.py" line="38" />
            <source>nom ou média…</source>
            <translation>name or outlet…</translation>
        </message>
        <message>
            <location filename="../widgets/contact_picker.py" line="48" />
            <source>Nouveau contact…</source>
            <translation>New contact…</translation>
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message>
            <location filename="../pages/contacts_page.py" line="39" />
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location filename="../pages/contacts_page.py" line="45" />
            <source>Contact enregistré : {0}</source>
            <translation>Contact saved: {0}</translation>
        </message>
        <message>
            <location filename="../pages/contacts_page.py" line="48" />
            <source>Contact supprimé</source>
            <translation>Contact deleted</translation>
        </message>
        <message>
            <location filename="../pages/contacts_page.py" line="27" />
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../pages/contacts_page.py" line="28" />
            <source>Organisme</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../pages/contacts_page.py" line="29" />
            <source>Fonction</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../pages/contacts_page.py" line="30" />
            <source>Courriel</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../pages/contacts_page.py" line="31" />
            <source>Téléphone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../pages/contacts_page.py" line="32" />
            <source>Listes</source>
            <translation>Lists</translation>
        </message>
    </context>
    <context>
        <name>DamageBanner</name>
        <message>
            <location filename="../safety.py" line="60" />
            <source>Restaurer la dernière sauvegarde saine…</source>
            <translation>Restore the latest good backup…</translation>
        </message>
    </context>
    <context>
        <name>DataActions</name>
        <message>
            <location filename="../data_actions.py" line="33" />
            <source>&amp;Importer des contacts…</source>
            <translation>&amp;Import contacts…</translation>
        </message>
        <message>
            <location filename="../data_actions.py" line="34" />
            <source>Importer des &amp;demandes d'accréditation…</source>
            <translation>Import accreditation &amp;requests…</translation>
        </message>
        <message>
            <location filename="../data_actions.py" line="36" />
            <source>E&amp;xporter les contacts…</source>
            <translation>E&amp;xport contacts…</translation>
        </message>
        <message>
            <location filename="../data_actions.py" line="38" />
            <source>&amp;Doublons…</source>
            <translation>&amp;Duplicates…</translation>
        </message>
        <message>
            <location filename="../data_actions.py" line="39" />
            <source>Données &amp;personnelles…</source>
            <translation>&amp;Personal data…</translation>
        </message>
        <message>
            <location filename="../data_actions.py" line="57" />
            <source>Choisissez d'abord un événement enregistré</source>
            <translation>Choose a saved event first</translation>
        </message>
        <message>
            <location filename="../data_actions.py" line="86" />
            <source>Import terminé : {0}</source>
            <translation>Import finished: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../data_actions.py" line="92" />
            <source>%n contact(s) exporté(s)</source>
            <translation>
                <numerusform>%n contact exported</numerusform>
                <numerusform>%n contacts exported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../data_actions.py" line="104" />
            <source>%n fiche(s) fusionnée(s)</source>
            <translation>
                <numerusform>%n record merged</numerusform>
                <numerusform>%n records merged</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DataSafety</name>
        <message>
            <location filename="../safety.py" line="109" />
            <source>Sauvegarder &amp;maintenant</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <location filename="../safety.py" line="112" />
            <source>&amp;Restaurer une sauvegarde…</source>
            <translation>Res&amp;tore a backup…</translation>
        </message>
        <message>
            <location filename="../safety.py" line="131" />
            <source>Sauvegarde impossible</source>
            <translation>Backup failed</translation>
        </message>
        <message>
            <location filename="../safety.py" line="133" />
            <source>Sauvegarde enregistrée : {0}</source>
            <translation>Backup saved: {0}</translation>
        </message>
        <message>
            <location filename="../safety.py" line="148" />
            <source>Base de données en lecture seule</source>
            <translation>Read-only database</translation>
        </message>
        <message>
            <location filename="../safety.py" line="158" />
            <source>Base de données endommagée : lecture seule</source>
            <translation>Damaged database: read-only</translation>
        </message>
        <message>
            <location filename="../safety.py" line="174" />
            <source>Aucune sauvegarde saine</source>
            <translation>No good backup</translation>
        </message>
        <message>
            <location filename="../safety.py" line="175" />
            <source>Aucune sauvegarde saine n'a été trouvée dans « {0} ». Adressez-vous au support informatique avant toute autre opération.</source>
            <translation>No good backup was found in “{0}”. Contact IT support before doing anything else.</translation>
        </message>
        <message>
            <location filename="../safety.py" line="183" />
            <source>Restaurer une sauvegarde</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <location filename="../safety.py" line="184" />
            <source>Sauvegardes cmer-desk (*.db)</source>
            <translation>cmer-desk backups (*.db)</translation>
        </message>
        <message>
            <location filename="../safety.py" line="194" />
            <source>{0} à {1}</source>
            <translation>{0} at {1}</translation>
        </message>
        <message>
            <location filename="../safety.py" line="203" />
            <source>Remplacer les données actuelles par la sauvegarde « {0} » du {1} ?

Les modifications faites depuis cette sauvegarde seront perdues ; une copie de la base actuelle est conservée.</source>
            <translation>Replace the current data with the backup “{0}” of {1}?

The changes made since this backup will be lost; a copy of the current database is kept.</translation>
        </message>
        <message>
            <location filename="../safety.py" line="215" />
            <source>La sauvegarde « {0} » a été restaurée ; les listes ont été rechargées. (Copie de l'ancienne base : {1})</source>
            <translation>The backup “{0}” was restored; the lists were reloaded. (Copy of the previous database: {1})</translation>
        </message>
        <message>
            <location filename="../safety.py" line="226" />
            <source>La base a été restaurée depuis une sauvegarde sur un autre poste ({0}) : les listes ont été rechargées ; ce qui n'était pas enregistré ici est à vérifier.</source>
            <translation>The database was restored from a backup on another workstation ({0}): the lists were reloaded; check what was not saved here.</translation>
        </message>
        <message>
            <location filename="../safety.py" line="258" />
            <source>Une autre écriture est en cours sur la base (import, autre poste) : attente… {0} s</source>
            <translation>Another write is under way on the database (an import, another workstation): waiting… {0} s</translation>
        </message>
        <message>
            <location filename="../safety.py" line="268" />
            <source>L'autre écriture est terminée</source>
            <translation>The other write has finished</translation>
        </message>
        <message>
            <location filename="../safety.py" line="192" />
            <source>date inconnue</source>
            <translation>unknown date</translation>
        </message>
        <message>
            <location filename="../safety.py" line="206" />
            <source>Restaurer la sauvegarde</source>
            <translation>Restore the backup</translation>
        </message>
        <message>
            <location filename="../safety.py" line="212" />
            <source>Restauration impossible</source>
            <translation>Restore failed</translation>
        </message>
        <message>
            <location filename="../safety.py" line="218" />
            <location filename="../safety.py" line="242" />
            <source>Sauvegarde restaurée</source>
            <translation>Backup restored</translation>
        </message>
    </context>
    <context>
        <name>DateTimeField</name>
        <message>
            <location filename="../widgets/date_field.py" line="42" />
            <source>JJ/MM/AAAA</source>
            <translation>DD/MM/YYYY</translation>
        </message>
        <message>
            <location filename="../widgets/date_field.py" line="42" />
            <source>JJ/MM/AAAA HH:MM</source>
            <translation>DD/MM/YYYY HH:MM</translation>
        </message>
        <message>
            <location filename="../widgets/date_field.py" line="43" />
            <source>HH:MM</source>
            <translation>HH:MM</translation>
        </message>
        <message>
            <location filename="../widgets/date_field.py" line="46" />
            <source>Calendrier (F4)</source>
            <translation>Calendar (F4)</translation>
        </message>
        <message>
            <location filename="../widgets/date_field.py" line="171" />
            <source>Calendrier</source>
            <translation>Calendar</translation>
        </message>
    </context>
    <context>
        <name>DocumentActions</name>
        <message>
            <location filename="../documents.py" line="53" />
            <source>Doc&amp;uments</source>
            <translation>&amp;Documents</translation>
        </message>
        <message>
            <location filename="../documents.py" line="55" />
            <source>&amp;Invitation</source>
            <translation>&amp;Invitation</translation>
        </message>
        <message>
            <location filename="../documents.py" line="56" />
            <source>&amp;Aperçu de l'invitation…</source>
            <translation>&amp;Preview the invitation…</translation>
        </message>
        <message>
            <location filename="../documents.py" line="58" />
            <source>&amp;Imprimer l'invitation…</source>
            <translation>P&amp;rint the invitation…</translation>
        </message>
        <message>
            <location filename="../documents.py" line="60" />
            <source>&amp;Enregistrer en PDF…</source>
            <translation>&amp;Save as PDF…</translation>
        </message>
        <message>
            <location filename="../documents.py" line="62" />
            <source>&amp;Liste d'émargement…</source>
            <translation>&amp;Attendee list…</translation>
        </message>
        <message>
            <location filename="../documents.py" line="63" />
            <source>&amp;Badges…</source>
            <translation>&amp;Badges…</translation>
        </message>
        <message>
            <location filename="../documents.py" line="64" />
            <source>A&amp;genda (.ics)…</source>
            <translation>Ca&amp;lendar (.ics)…</translation>
        </message>
        <message>
            <location filename="../documents.py" line="67" />
            <source>Im&amp;primer…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location filename="../documents.py" line="83" />
            <source>Choisissez d'abord un événement enregistré</source>
            <translation>Choose a saved event first</translation>
        </message>
        <message>
            <location filename="../documents.py" line="108" />
            <source>Invitation</source>
            <translation>Invitation</translation>
        </message>
        <message>
            <location filename="../documents.py" line="113" />
            <source>Enregistré : {0}</source>
            <translation>Saved: {0}</translation>
        </message>
        <message>
            <location filename="../documents.py" line="127" />
            <source>Invitation envoyée à l'imprimante</source>
            <translation>Invitation sent to the printer</translation>
        </message>
        <message>
            <location filename="../documents.py" line="136" />
            <source>Enregistrer l'invitation en PDF</source>
            <translation>Save the invitation as PDF</translation>
        </message>
        <message>
            <location filename="../documents.py" line="137" />
            <source>Document PDF (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <location filename="../documents.py" line="139" />
            <source>Invitation enregistrée dans {0}</source>
            <translation>Invitation saved to {0}</translation>
        </message>
        <message>
            <location filename="../documents.py" line="185" />
            <source>Enregistrer l'agenda</source>
            <translation>Save the calendar file</translation>
        </message>
        <message>
            <location filename="../documents.py" line="186" />
            <source>Agenda iCalendar (*.ics)</source>
            <translation>iCalendar file (*.ics)</translation>
        </message>
        <message>
            <location filename="../documents.py" line="188" />
            <source>Agenda enregistré dans {0}</source>
            <translation>Calendar saved to {0}</translation>
        </message>
    </context>
    <context>
        <name>DocumentDialog</name>
        <message>
            <location filename="../dialogs/document_dialogs.py" line="97" />
            <source>&amp;Aperçu…</source>
            <translation>Pre&amp;view…</translation>
        </message>
        <message>
            <location filename="../dialogs/document_dialogs.py" line="98" />
            <source>&amp;Imprimer…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location filename="../dialogs/document_dialogs.py" line="99" />
            <source>Enregistrer en &amp;PDF…</source>
            <translation>Save as PD&amp;F…</translation>
        </message>
        <message>
            <location filename="../dialogs/document_dialogs.py" line="102" />
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../dialogs/document_dialogs.py" line="142" />
            <source>Document PDF (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <location filename="../dialogs/document_dialogs.py" line="142" />
            <source>Tableau CSV (*.csv)</source>
            <translation>CSV table (*.csv)</translation>
        </message>
        <message>
            <location filename="../dialogs/document_dialogs.py" line="143" />
            <source>Classeur Excel (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../dialogs/document_dialogs.py" line="147" />
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../dialogs/document_dialogs.py" line="134" />
            <source>Enregistré : {0}</source>
            <translation>Saved: {0}</translation>
        </message>
    </context>
    <context>
        <name>DocumentOutput</name>
        <message>
            <location filename="../print/output.py" line="48" />
            <source>L'imprimante n'a pas pu démarrer.</source>
            <translation>The printer could not start.</translation>
        </message>
        <message>
            <location filename="../print/output.py" line="81" />
            <source>Aucune imprimante n'est installée sur ce poste. Pour obtenir le document, utilisez « Enregistrer en PDF ».</source>
            <translation>No printer is installed on this workstation. To get the document, use “Save as PDF”.</translation>
        </message>
        <message>
            <location filename="../print/output.py" line="89" />
            <source>Imprimer : {0}</source>
            <translation>Print: {0}</translation>
        </message>
        <message>
            <location filename="../print/output.py" line="80" />
            <location filename="../print/output.py" line="97" />
            <source>Impression impossible</source>
            <translation>Cannot print</translation>
        </message>
        <message>
            <location filename="../print/output.py" line="114" />
            <source>Enregistrement impossible</source>
            <translation>Cannot save</translation>
        </message>
    </context>
    <context>
        <name>DoorActions</name>
        <message>
            <location filename="../pages/door_actions.py" line="33" />
            <source>Arrivée de {0} à {1}</source>
            <translation>{0} arrived at {1}</translation>
        </message>
        <message>
            <location filename="../pages/door_actions.py" line="35" />
            <source>Arrivée de {0} annulée</source>
            <translation>Arrival of {0} cancelled</translation>
        </message>
        <message>
            <location filename="../pages/door_actions.py" line="37" />
            <source>{0} est déjà arrivé(e) à {1}</source>
            <translation>{0} already arrived at {1}</translation>
        </message>
        <message>
            <location filename="../pages/door_actions.py" line="38" />
            <source>Entrée refusée : {0} (accréditation « {1} »)</source>
            <translation>Entry refused: {0} (accreditation “{1}”)</translation>
        </message>
    </context>
    <context>
        <name>DraftForm</name>
        <message>
            <location filename="../forms/base_form.py" line="144" />
            <source>Le champ « {0} » attend une date au format JJ/MM/AAAA.</source>
            <translation>The field “{0}” expects a date as DD/MM/YYYY.</translation>
        </message>
        <message>
            <location filename="../forms/base_form.py" line="151" />
            <source>Le champ « {0} » attend une date et une heure au format JJ/MM/AAAA HH:MM.</source>
            <translation>The field “{0}” expects a date and a time as DD/MM/YYYY HH:MM.</translation>
        </message>
        <message>
            <location filename="../forms/base_form.py" line="159" />
            <source>Le champ « {0} » attend un nombre entier.</source>
            <translation>The field “{0}” expects a whole number.</translation>
        </message>
        <message>
            <location filename="../forms/base_form.py" line="184" />
            <source>Enregistrement impossible</source>
            <translation>Cannot save</translation>
        </message>
        <message>
            <location filename="../forms/base_form.py" line="215" />
            <source>Enregistrement supprimé</source>
            <translation>Record deleted</translation>
        </message>
        <message>
            <location filename="../forms/base_form.py" line="216" />
            <source>Cet enregistrement a été supprimé sur un autre poste.</source>
            <translation>This record was deleted on another workstation.</translation>
        </message>
        <message>
            <location filename="../forms/base_form.py" line="242" />
            <source>Cette fiche</source>
            <translation>This record</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <location filename="../dialogs/contacts_dialogs.py" line="121" />
            <location filename="../dialogs/contacts_dialogs.py" line="133" />
            <source>Doublons</source>
            <translation>Duplicates</translation>
        </message>
        <message>
            <location filename="../dialogs/contacts_dialogs.py" line="123" />
            <source>Contacts qui semblent être la même personne (même courriel, ou même nom et même média). Choisissez la fiche à garder : les autres y sont fusionnées, toutes leurs accréditations sont conservées.</source>
            <translation>Contacts that look like the same person (same e-mail, or same name and same outlet). Choose the record to keep: the others are merged into it, all their accreditations are kept.</translation>
        </message>
        <message>
            <location filename="../dialogs/contacts_dialogs.py" line="138" />
            <source>Garder cette fiche et fusionner</source>
            <translation>Keep this record and merge</translation>
        </message>
        <message>
            <location filename="../dialogs/contacts_dialogs.py" line="139" />
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../dialogs/contacts_dialogs.py" line="156" />
            <source>{0} fiches — {1}</source>
            <translation>{0} records — {1}</translation>
        </message>
        <message numerus="yes">
            <location filename="../dialogs/contacts_dialogs.py" line="166" />
            <source>%n groupe(s) de doublons</source>
            <translation>
                <numerusform>%n group of duplicates</numerusform>
                <numerusform>%n groups of duplicates</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../dialogs/contacts_dialogs.py" line="167" />
            <source>Aucun doublon dans le fichier presse.</source>
            <translation>No duplicates in the press file.</translation>
        </message>
        <message numerus="yes">
            <location filename="../dialogs/contacts_dialogs.py" line="190" />
            <source>Garder « {0} » et y fusionner %n autre(s) fiche(s) ? Les fiches fusionnées sont supprimées, leurs accréditations conservées.</source>
            <translation>
                <numerusform>Keep “{0}” and merge %n other record into it? The merged record is deleted, its accreditations kept.</numerusform>
                <numerusform>Keep “{0}” and merge %n other records into it? The merged records are deleted, their accreditations kept.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../dialogs/contacts_dialogs.py" line="192" />
            <source>Fusionner</source>
            <translation>Merge</translation>
        </message>
        <message>
            <location filename="../dialogs/contacts_dialogs.py" line="198" />
            <location filename="../dialogs/contacts_dialogs.py" line="202" />
            <source>Fusion impossible</source>
            <translation>Merge failed</translation>
        </message>
        <message>
            <location filename="../dialogs/contacts_dialogs.py" line="203" />
            <source>Une des fiches a été supprimée sur un autre poste.</source>
            <translation>One of the records was deleted on another workstation.</translation>
        </message>
    </context>
    <context>
        <name>EventForm</name>
        <message>
            <location filename="../forms/event_form.py" line="70" />
            <source>Invitation</source>
            <translation>Invitation</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="77" />
            <source>Paragraphes séparés par une ligne vide ; une ligne commençant par « - » est un élément de liste.</source>
            <translation>Paragraphs separated by a blank line; a line starting with "-" is a list item.</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="79" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="79" />
            <source>Statut</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="80" />
            <source>Titre</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="80" />
            <source>Lieu d'émission</source>
            <translation>Place of issue</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="81" />
            <source>Date d'émission</source>
            <translation>Date of issue</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="81" />
            <source>Texte</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="83" />
            <source>Date et lieu</source>
            <translation>Date and place</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="91" />
            <source>Début</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="91" />
            <source>Fin</source>
            <translation>End</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="92" />
            <source>Lieu</source>
            <translation>Venue</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="92" />
            <source>Salle</source>
            <translation>Room</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="93" />
            <source>Adresse</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="94" />
            <source>Code postal</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="95" />
            <source>Ville</source>
            <translation>Town</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="97" />
            <location filename="../forms/event_form.py" line="102" />
            <location filename="../forms/event_form.py" line="116" />
            <source>Officiels</source>
            <translation>Officials</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="100" />
            <source>préfet de police des Bouches-du-Rhône</source>
            <translation>préfet de police des Bouches-du-Rhône</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="101" />
            <source>Officiel</source>
            <translation>Official</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="101" />
            <source>Qualité pour cet événement</source>
            <translation>Role for this event</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="105" />
            <source>signeront le protocole…</source>
            <translation>“signeront le protocole…” (in French, as the invitation prints it)</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="107" />
            <source>signera le protocole…</source>
            <translation>“signera le protocole…” (in French, as the invitation prints it)</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="114" />
            <location filename="../forms/event_form.py" line="190" />
            <source>Ajouter un officiel</source>
            <translation>Add an official</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="115" />
            <source>Qualité</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="117" />
            <source>Action (plusieurs officiels)</source>
            <translation>Action (several officials)</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="118" />
            <source>Action (un seul officiel)</source>
            <translation>Action (a single official)</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="124" />
            <source>Programme et moment presse</source>
            <translation>Programme and press moment</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="127" />
            <source>Ajouter au programme</source>
            <translation>Add to the programme</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="137" />
            <source>Étape du programme</source>
            <translation>Programme step</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="138" />
            <source>Heure</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="138" />
            <source>Étape</source>
            <translation>Step</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="138" />
            <location filename="../forms/event_form.py" line="141" />
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="140" />
            <location filename="../forms/event_form.py" line="143" />
            <source>Heure de l'étape</source>
            <translation>Time of the step</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="142" />
            <source>Moment presse</source>
            <translation>Press moment</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="145" />
            <source>Accréditations</source>
            <translation>Accreditations</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="146" />
            <source>Accréditation requise</source>
            <translation>Accreditation required</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="152" />
            <source>Aucun contact</source>
            <translation>No contact</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="168" />
            <source>illimitée</source>
            <translation>unlimited</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="171" />
            <source>aucune</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="173" />
            <source>Date limite</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="174" />
            <location filename="../forms/event_form.py" line="178" />
            <source>Contact accréditations</source>
            <translation>Accreditation contact</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="175" />
            <source>Modalités d'accréditation</source>
            <translation>How to get accredited</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="176" />
            <source>Capacité</source>
            <translation>Capacity</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="177" />
            <source>Limite par média</source>
            <translation>Limit per outlet</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="181" />
            <source>Pied de page : chargés de communication</source>
            <translation>Footer: press officers</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="184" />
            <source>Chargé de communication</source>
            <translation>Press officer</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="185" />
            <location filename="../forms/event_form.py" line="188" />
            <source>Chargés de communication</source>
            <translation>Press officers</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="186" />
            <location filename="../forms/event_form.py" line="191" />
            <source>Ajouter un chargé de communication</source>
            <translation>Add a press officer</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="227" />
            <source>Nouvel événement</source>
            <translation>New event</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="249" />
            <source>Un seul officiel : écrivez aussi l'action au singulier (« signera… »), sinon l'invitation garde le pluriel.</source>
            <translation>A single official: write the action in the singular as well (“signera…”), otherwise the invitation keeps the plural.</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="252" />
            <source>Plusieurs officiels : écrivez aussi l'action au pluriel (« signeront… »), sinon l'invitation garde le singulier.</source>
            <translation>Several officials: write the action in the plural as well (“signeront…”), otherwise the invitation keeps the singular.</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="281" />
            <source>L'heure « {0} » de l'étape « {1} » n'est pas valide : écrivez-la HH:MM (par exemple 11:30).</source>
            <translation>The time “{0}” of the step “{1}” is not valid: write it HH:MM (for example 11:30).</translation>
        </message>
        <message>
            <location filename="../forms/event_form.py" line="290" />
            <source>(aucun)</source>
            <translation>(none)</translation>
        </message>
    </context>
    <context>
        <name>EventsPage</name>
        <message>
            <location filename="../pages/events_page.py" line="105" />
            <source>Événements</source>
            <translation>Events</translation>
        </message>
        <message>
            <location filename="../pages/events_page.py" line="113" />
            <source>Invitation enregistrée</source>
            <translation>Invitation saved</translation>
        </message>
        <message>
            <location filename="../pages/events_page.py" line="114" />
            <source>{0} enregistré(e)</source>
            <translation>{0} saved</translation>
        </message>
        <message>
            <location filename="../pages/events_page.py" line="117" />
            <source>Événement supprimé</source>
            <translation>Event deleted</translation>
        </message>
        <message>
            <location filename="../pages/events_page.py" line="150" />
            <source>Copie de l'événement : indiquez les nouvelles dates puis enregistrez</source>
            <translation>Copy of the event: set the new dates, then save</translation>
        </message>
        <message>
            <location filename="../pages/events_page.py" line="54" />
            <source>Statut</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../pages/events_page.py" line="51" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../pages/events_page.py" line="52" />
            <source>Titre</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../pages/events_page.py" line="53" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../pages/events_page.py" line="55" />
            <source>Lieu</source>
            <translation>Venue</translation>
        </message>
        <message>
            <location filename="../pages/events_page.py" line="56" />
            <source>Confirmées</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <location filename="../pages/events_page.py" line="57" />
            <source>Demandées</source>
            <translation>Requested</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../dialogs/contacts_dialogs.py" line="41" />
            <source>Exporter les contacts</source>
            <translation>Export contacts</translation>
        </message>
        <message>
            <location filename="../dialogs/contacts_dialogs.py" line="43" />
            <source>Contacts à exporter</source>
            <translation>Contacts to export</translation>
        </message>
        <message>
            <location filename="../dialogs/contacts_dialogs.py" line="46" />
            <source>Tous les contacts</source>
            <translation>All contacts</translation>
        </message>
        <message>
            <location filename="../dialogs/contacts_dialogs.py" line="47" />
            <source>Les contacts affichés ({0})</source>
            <translation>The contacts shown ({0})</translation>
        </message>
        <message>
            <location filename="../dialogs/contacts_dialogs.py" line="48" />
            <source>Une liste de diffusion</source>
            <translation>A distribution list</translation>
        </message>
        <message>
            <location filename="../dialogs/contacts_dialogs.py" line="57" />
            <source>Liste de diffusion</source>
            <translation>Distribution list</translation>
        </message>
        <message>
            <location filename="../dialogs/contacts_dialogs.py" line="62" />
            <source>&amp;Liste de diffusion</source>
            <translation>Distribution &amp;list</translation>
        </message>
        <message>
            <location filename="../dialogs/contacts_dialogs.py" line="66" />
            <source>CSV pour Excel (.csv)</source>
            <translation>CSV for Excel (.csv)</translation>
        </message>
        <message>
            <location filename="../dialogs/contacts_dialogs.py" line="66" />
            <source>Classeur Excel (.xlsx)</source>
            <translation>Excel workbook (.xlsx)</translation>
        </message>
        <message>
            <location filename="../dialogs/contacts_dialogs.py" line="67" />
            <source>Cartes de visite vCard (.vcf)</source>
            <translation>vCard business cards (.vcf)</translation>
        </message>
        <message>
            <location filename="../dialogs/contacts_dialogs.py" line="68" />
            <source>Adresses pour le champ Cci (.txt)</source>
            <translation>Addresses for the Bcc field (.txt)</translation>
        </message>
        <message>
            <location filename="../dialogs/contacts_dialogs.py" line="70" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../dialogs/contacts_dialogs.py" line="71" />
            <source>&amp;Format</source>
            <translation>&amp;Format</translation>
        </message>
        <message>
            <location filename="../dialogs/contacts_dialogs.py" line="79" />
            <source>Exporter…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <location filename="../dialogs/contacts_dialogs.py" line="80" />
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../dialogs/contacts_dialogs.py" line="92" />
            <source>contacts</source>
            <translation>contacts</translation>
        </message>
        <message>
            <location filename="../dialogs/contacts_dialogs.py" line="94" />
            <source>{0} (*{1})</source>
            <translation>{0} (*{1})</translation>
        </message>
        <message>
            <location filename="../dialogs/contacts_dialogs.py" line="105" />
            <source>Export impossible : {0}.</source>
            <translation>Export failed: {0}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../dialogs/contacts_dialogs.py" line="108" />
            <source>%n contact(s) exporté(s) dans {0}</source>
            <translation>
                <numerusform>%n contact exported to {0}</numerusform>
                <numerusform>%n contacts exported to {0}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FileDialogs</name>
        <message>
            <location filename="../file_dialogs.py" line="43" />
            <source>Dossier</source>
            <translation>Folder</translation>
        </message>
        <message>
            <location filename="../file_dialogs.py" line="44" />
            <source>Fichier</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../file_dialogs.py" line="45" />
            <source>Fichier {0}</source>
            <translation>File {0}</translation>
        </message>
        <message>
            <location filename="../file_dialogs.py" line="142" />
            <source>Fichier réservé</source>
            <translation>File reserved</translation>
        </message>
        <message>
            <location filename="../file_dialogs.py" line="143" />
            <source>« {0} » est la base de données que cmer-desk a ouverte : choisissez un autre fichier.</source>
            <translation>“{0}” is the database cmer-desk has open: choose another file.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../dialogs/import_dialog.py" line="55" />
            <source>Importer des demandes d'accréditation</source>
            <translation>Import accreditation requests</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="56" />
            <source>Importer des contacts</source>
            <translation>Import contacts</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="61" />
            <source>Événement : {0}. Chaque personne est rapprochée d'un contact existant ou créée, et reçoit une accréditation « demandée ».</source>
            <translation>Event: {0}. Each person is matched with an existing contact or created, and gets a “requested” accreditation.</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="66" />
            <source>&amp;Fichier</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="69" />
            <source>Fichier</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="71" />
            <source>Choisir…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="81" />
            <source>Correspondance des colonnes</source>
            <translation>Column mapping</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="95" />
            <source>&amp;Aperçu des premières lignes</source>
            <translation>Pre&amp;view of the first rows</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="101" />
            <source>Aperçu des premières lignes</source>
            <translation>Preview of the first rows</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="113" />
            <source>A&amp;vertissements et lignes refusées</source>
            <translation>&amp;Warnings and refused lines</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="117" />
            <source>Avertissements et lignes refusées</source>
            <translation>Warnings and refused lines</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="121" />
            <source>Importer les lignes valides et écrire les lignes refusées, avec leur motif, dans un fichier CSV à côté du fichier importé</source>
            <translation>Import the valid lines and write the refused lines, with their reason, to a CSV file beside the imported file</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="123" />
            <source>Ne rien importer tant qu'une ligne est refusée</source>
            <translation>Import nothing while a line is refused</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="137" />
            <source>mettre à jour le contact existant</source>
            <translation>update the existing contact</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="138" />
            <source>ignorer la ligne</source>
            <translation>skip the row</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="139" />
            <source>créer un autre contact</source>
            <translation>create another contact</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="142" />
            <source>En cas de doublon</source>
            <translation>On duplicate</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="143" />
            <source>En cas de &amp;doublon</source>
            <translation>On &amp;duplicate</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="156" />
            <source>Simuler</source>
            <translation>Simulate</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="157" />
            <source>Importer</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="158" />
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="175" />
            <source>Civilité</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="175" />
            <source>Prénom</source>
            <translation>First name</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="175" />
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="176" />
            <source>Nom à afficher (prénom et nom)</source>
            <translation>Display name (first name and surname)</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="176" />
            <source>Deuxième prénom</source>
            <translation>Middle name</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="177" />
            <source>Fonction</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="177" />
            <source>Média ou organisme</source>
            <translation>Outlet or organisation</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="178" />
            <source>Courriel</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="178" />
            <source>Courriel (domicile)</source>
            <translation>E-mail (home)</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="179" />
            <source>Courriel (autre)</source>
            <translation>E-mail (other)</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="179" />
            <source>Type du courriel voisin</source>
            <translation>Type of the e-mail beside it</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="180" />
            <source>Téléphone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="180" />
            <source>Portable</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="181" />
            <source>Téléphone (domicile)</source>
            <translation>Phone (home)</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="181" />
            <source>Fax</source>
            <translation>Fax</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="182" />
            <source>Téléphone (autre)</source>
            <translation>Phone (other)</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="182" />
            <source>Type du téléphone voisin</source>
            <translation>Type of the phone beside it</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="183" />
            <source>Carte de presse</source>
            <translation>Press card</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="183" />
            <source>Validité carte de presse</source>
            <translation>Press card validity</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="184" />
            <source>Type de carte de presse</source>
            <translation>Press card type</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="184" />
            <source>Listes</source>
            <translation>Lists</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="185" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="185" />
            <source>Origine</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="185" />
            <source>Dernier contact</source>
            <translation>Last contact</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="186" />
            <source>Rôle</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="197" />
            <source>Listes (*.csv *.xlsx *.txt)</source>
            <translation>Lists (*.csv *.xlsx *.txt)</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="198" />
            <source>Contacts (*.csv *.xlsx *.vcf *.ldif *.txt)</source>
            <translation>Contacts (*.csv *.xlsx *.vcf *.ldif *.txt)</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="237" />
            <source>Vérification impossible : {0}</source>
            <translation>Check failed: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../dialogs/import_dialog.py" line="342" />
            <source>%n ligne(s) refusée(s) seraient écrites à côté du fichier.</source>
            <translation>
                <numerusform>%n refused line would be written beside the file.</numerusform>
                <numerusform>%n refused lines would be written beside the file.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../dialogs/import_dialog.py" line="348" />
            <source>… et %n autre(s) doublon(s)</source>
            <translation>
                <numerusform>… and %n other duplicate</numerusform>
                <numerusform>… and %n other duplicates</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="254" />
            <source>Refusée — {0}</source>
            <translation>Refused — {0}</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="255" />
            <source>Avertissement — {0}</source>
            <translation>Warning — {0}</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="268" />
            <source>Lecture impossible : {0}.</source>
            <translation>Cannot read: {0}.</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="335" />
            <source>Import refusé, rien n'a été enregistré.
{0}.</source>
            <translation>Import refused, nothing was saved.
{0}.</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="213" />
            <source>Format : {0} {1}</source>
            <translation>Format: {0} {1}</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="250" />
            <source>{0} : {1}, {2}, {3}.</source>
            <translation>{0}: {1}, {2}, {3}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../dialogs/import_dialog.py" line="251" />
            <source>%n ligne(s)</source>
            <translation>
                <numerusform>%n line</numerusform>
                <numerusform>%n lines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../dialogs/import_dialog.py" line="251" />
            <source>%n valide(s)</source>
            <translation>
                <numerusform>%n valid</numerusform>
                <numerusform>%n valid</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../dialogs/import_dialog.py" line="252" />
            <source>%n avertissement(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../dialogs/import_dialog.py" line="252" />
            <source>%n refusée(s)</source>
            <translation>
                <numerusform>%n refused</numerusform>
                <numerusform>%n refused</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../dialogs/import_dialog.py" line="258" />
            <source>… et %n autre(s)</source>
            <translation>
                <numerusform>… and %n other</numerusform>
                <numerusform>… and %n others</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="261" />
            <source>Importer {0} et écrire {1}, avec leur motif, dans un fichier CSV à côté du fichier importé</source>
            <translation>Import {0} and write {1}, with their reason, to a CSV file beside the imported file</translation>
        </message>
        <message numerus="yes">
            <location filename="../dialogs/import_dialog.py" line="263" />
            <source>%n ligne(s) valide(s)</source>
            <translation>
                <numerusform>%n valid line</numerusform>
                <numerusform>%n valid lines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../dialogs/import_dialog.py" line="263" />
            <source>%n ligne(s) refusée(s)</source>
            <translation>
                <numerusform>%n refused line</numerusform>
                <numerusform>%n refused lines</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="279" />
            <source>(ignorer cette colonne)</source>
            <translation>(skip this column)</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="283" />
            <source>Colonne {0}</source>
            <translation>Column {0}</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="293" />
            <source>Ligne</source>
            <translation>Line</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="302" />
            <source>ignorée</source>
            <translation>skipped</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="339" />
            <source>Simulation : {0}. Rien n'a été enregistré.</source>
            <translation>Simulation: {0}. Nothing was saved.</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="340" />
            <source>Import terminé : {0}.</source>
            <translation>Import finished: {0}.</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="344" />
            <source>Lignes refusées, avec leur motif : {0}</source>
            <translation>Refused lines, with their reason: {0}</translation>
        </message>
        <message>
            <location filename="../dialogs/import_dialog.py" line="346" />
            <source>Ligne {0} : déjà dans le fichier presse ({1})</source>
            <translation>Line {0}: already in the press file ({1})</translation>
        </message>
    </context>
    <context>
        <name>InUseDialog</name>
        <message>
            <location filename="../dialogs/in_use_dialog.py" line="27" />
            <source>Supprimer « {0} »</source>
            <translation>Delete “{0}”</translation>
        </message>
        <message>
            <location filename="../dialogs/in_use_dialog.py" line="28" />
            <source>« {0} » est utilisé(e) par des événements. Rien n'en sera retiré sans remplaçant : choisissez qui ou quoi prend sa place partout, ou annulez.</source>
            <translation>“{0}” is used by events. Nothing is taken out of them without a replacement: choose who or what takes its place everywhere, or cancel.</translation>
        </message>
        <message>
            <location filename="../dialogs/in_use_dialog.py" line="32" />
            <source>Utilisations</source>
            <translation>Uses</translation>
        </message>
        <message>
            <location filename="../dialogs/in_use_dialog.py" line="35" />
            <source>&amp;Remplacer par</source>
            <translation>&amp;Replace with</translation>
        </message>
        <message>
            <location filename="../dialogs/in_use_dialog.py" line="37" />
            <location filename="../dialogs/in_use_dialog.py" line="60" />
            <source>(aucun remplaçant choisi)</source>
            <translation>(no replacement chosen)</translation>
        </message>
        <message>
            <location filename="../dialogs/in_use_dialog.py" line="40" />
            <source>Remplacer et supprimer</source>
            <translation>Replace and delete</translation>
        </message>
        <message>
            <location filename="../dialogs/in_use_dialog.py" line="42" />
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../dialogs/in_use_dialog.py" line="60" />
            <source>Remplaçant : {0}</source>
            <translation>Replacement: {0}</translation>
        </message>
        <message>
            <location filename="../dialogs/in_use_dialog.py" line="68" />
            <source>Remplacer par</source>
            <translation>Replace with</translation>
        </message>
        <message>
            <location filename="../dialogs/in_use_dialog.py" line="72" />
            <source>Choisissez une autre personne que celle à supprimer</source>
            <translation>Choose a person other than the one being deleted</translation>
        </message>
    </context>
    <context>
        <name>InvitationPreview</name>
        <message>
            <location filename="../widgets/invitation_preview.py" line="26" />
            <location filename="../widgets/invitation_preview.py" line="32" />
            <source>Aperçu de l'invitation</source>
            <translation>Invitation preview</translation>
        </message>
        <message>
            <location filename="../widgets/invitation_preview.py" line="70" />
            <source>Aperçu en attente : {0}</source>
            <translation>Preview waiting: {0}</translation>
        </message>
        <message>
            <location filename="../widgets/invitation_preview.py" line="73" />
            <source>Indiquez la date d'émission et le début de l'événement pour voir l'aperçu.</source>
            <translation>Enter the date of issue and the start of the event to see the preview.</translation>
        </message>
        <message>
            <location filename="../widgets/invitation_preview.py" line="75" />
            <source>Aperçu à jour après enregistrement.</source>
            <translation>Preview up to date after saving.</translation>
        </message>
        <message>
            <location filename="../widgets/invitation_preview.py" line="78" />
            <source>Aperçu du brouillon : modifications non enregistrées.</source>
            <translation>Preview of the draft: changes not saved.</translation>
        </message>
    </context>
    <context>
        <name>Launch</name>
        <message>
            <location filename="../launch.py" line="109" />
            <source>Impossible d'ouvrir la base de données :
{0}.</source>
            <translation>Cannot open the database:
{0}.</translation>
        </message>
    </context>
    <context>
        <name>LiveUpdates</name>
        <message>
            <location filename="../live_updates.py" line="67" />
            <source>Mis à jour : 1 modification d'un autre poste ({0})</source>
            <translation>Updated: 1 change from another workstation ({0})</translation>
        </message>
        <message>
            <location filename="../live_updates.py" line="69" />
            <source>Mis à jour : {1} modifications d'autres postes ({0})</source>
            <translation>Updated: {1} changes from other workstations ({0})</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../main_window.py" line="50" />
            <source>cmer-desk — Bureau de la communication</source>
            <translation>cmer-desk — Communication office</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="57" />
            <source>Ouverture du fichier de presse…</source>
            <translation>Opening the press file…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="102" />
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="102" />
            <source>Événements</source>
            <translation>Events</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="102" />
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="103" />
            <source>Médias et organismes</source>
            <translation>Outlets and organisations</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="103" />
            <source>Accréditations</source>
            <translation>Accreditations</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="143" />
            <source>Prêt</source>
            <translation>Ready</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="234" />
            <location filename="../main_window.py" line="237" />
            <source>Barre d'outils</source>
            <translation>Toolbar</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="239" />
            <source>&amp;Fichier</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="240" />
            <source>&amp;Nouveau</source>
            <translation>&amp;New</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="241" />
            <source>&amp;Enregistrer</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="249" />
            <source>&amp;Quitter</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="251" />
            <source>É&amp;dition</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="252" />
            <source>&amp;Annuler</source>
            <comment>undo</comment>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="254" />
            <source>Ré&amp;tablir</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="260" />
            <source>&amp;Rechercher</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="262" />
            <source>&amp;Dupliquer l'événement</source>
            <translation>Duplicate the &amp;event</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="264" />
            <source>&amp;Supprimer</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="272" />
            <source>&amp;Affichage</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="273" />
            <source>É&amp;vénements</source>
            <translation>&amp;Events</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="273" />
            <source>&amp;Contacts</source>
            <translation>&amp;Contacts</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="273" />
            <source>&amp;Médias et organismes</source>
            <translation>&amp;Outlets and organisations</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="274" />
            <source>Accré&amp;ditations</source>
            <translation>&amp;Accreditations</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="277" />
            <source>Mode &amp;accueil</source>
            <translation>Check-&amp;in mode</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="283" />
            <source>&amp;Outils</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="342" />
            <source>Enregistrement impossible : corrigez les champs signalés en rouge</source>
            <translation>Cannot save: correct the fields marked in red</translation>
        </message>
    </context>
    <context>
        <name>NewContactDialog</name>
        <message>
            <location filename="../dialogs/new_contact_dialog.py" line="53" />
            <source>Nouveau contact</source>
            <translation>New contact</translation>
        </message>
    </context>
    <context>
        <name>NewOrganisationDialog</name>
        <message>
            <location filename="../dialogs/new_contact_dialog.py" line="67" />
            <source>Nouvel organisme</source>
            <translation>New organisation</translation>
        </message>
    </context>
    <context>
        <name>NewRecordDialog</name>
        <message>
            <location filename="../dialogs/new_contact_dialog.py" line="35" />
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../dialogs/new_contact_dialog.py" line="37" />
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>NoticeBanner</name>
        <message>
            <location filename="../safety.py" line="80" />
            <source>Compris</source>
            <translation>Understood</translation>
        </message>
        <message>
            <location filename="../safety.py" line="81" />
            <source>Fermer l'avertissement</source>
            <translation>Close the warning</translation>
        </message>
    </context>
    <context>
        <name>OrderedList</name>
        <message>
            <location filename="../widgets/ordered_list.py" line="43" />
            <source>Monter</source>
            <translation>Move up</translation>
        </message>
        <message>
            <location filename="../widgets/ordered_list.py" line="44" />
            <source>Descendre</source>
            <translation>Move down</translation>
        </message>
        <message>
            <location filename="../widgets/ordered_list.py" line="45" />
            <source>Retirer</source>
            <translation>Remove</translation>
        </message>
    </context>
    <context>
        <name>OrganisationForm</name>
        <message>
            <location filename="../forms/organisation_form.py" line="29" />
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../forms/organisation_form.py" line="30" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../forms/organisation_form.py" line="31" />
            <source>Ville</source>
            <translation>Town</translation>
        </message>
        <message>
            <location filename="../forms/organisation_form.py" line="32" />
            <source>Téléphone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../forms/organisation_form.py" line="33" />
            <source>Courriel</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../forms/organisation_form.py" line="34" />
            <source>Site internet</source>
            <translation>Website</translation>
        </message>
        <message>
            <location filename="../forms/organisation_form.py" line="35" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../forms/organisation_form.py" line="42" />
            <source>Nouvel organisme</source>
            <translation>New organisation</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsPage</name>
        <message>
            <location filename="../pages/organisations_page.py" line="36" />
            <source>Médias et organismes</source>
            <translation>Outlets and organisations</translation>
        </message>
        <message>
            <location filename="../pages/organisations_page.py" line="42" />
            <source>Organisme enregistré : {0}</source>
            <translation>Organisation saved: {0}</translation>
        </message>
        <message>
            <location filename="../pages/organisations_page.py" line="45" />
            <source>Organisme supprimé</source>
            <translation>Organisation deleted</translation>
        </message>
        <message>
            <location filename="../pages/organisations_page.py" line="27" />
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../pages/organisations_page.py" line="31" />
            <source>Courriel</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../pages/organisations_page.py" line="30" />
            <source>Téléphone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../pages/organisations_page.py" line="28" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../pages/organisations_page.py" line="29" />
            <source>Ville</source>
            <translation>Town</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <location filename="../dialogs/document_dialogs.py" line="52" />
            <location filename="../dialogs/document_dialogs.py" line="53" />
            <source>Aperçu : {0}</source>
            <translation>Preview: {0}</translation>
        </message>
        <message>
            <location filename="../dialogs/document_dialogs.py" line="56" />
            <source>&amp;Imprimer…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location filename="../dialogs/document_dialogs.py" line="57" />
            <source>&amp;Enregistrer en PDF…</source>
            <translation>&amp;Save as PDF…</translation>
        </message>
        <message>
            <location filename="../dialogs/document_dialogs.py" line="61" />
            <location filename="../dialogs/document_dialogs.py" line="62" />
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../dialogs/document_dialogs.py" line="77" />
            <source>Enregistrer en PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <location filename="../dialogs/document_dialogs.py" line="77" />
            <source>Document PDF (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <location filename="../dialogs/document_dialogs.py" line="80" />
            <source>Enregistré : {0}</source>
            <translation>Saved: {0}</translation>
        </message>
    </context>
    <context>
        <name>PersonalDataDialog</name>
        <message>
            <location filename="../dialogs/personal_data_dialog.py" line="40" />
            <source>Données personnelles</source>
            <translation>Personal data</translation>
        </message>
        <message>
            <location filename="../dialogs/personal_data_dialog.py" line="46" />
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../dialogs/personal_data_dialog.py" line="47" />
            <source>Organisme</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../dialogs/personal_data_dialog.py" line="48" />
            <source>Dernier contact</source>
            <translation>Last contact</translation>
        </message>
        <message>
            <location filename="../dialogs/personal_data_dialog.py" line="49" />
            <source>Dernière modification</source>
            <translation>Last change</translation>
        </message>
        <message>
            <location filename="../dialogs/personal_data_dialog.py" line="57" />
            <source>Contacts au-delà de la durée de conservation</source>
            <translation>Contacts past the retention period</translation>
        </message>
        <message>
            <location filename="../dialogs/personal_data_dialog.py" line="65" />
            <source>Tout sélectionner</source>
            <translation>Select all</translation>
        </message>
        <message>
            <location filename="../dialogs/personal_data_dialog.py" line="66" />
            <location filename="../dialogs/personal_data_dialog.py" line="112" />
            <source>Anonymiser</source>
            <translation>Anonymise</translation>
        </message>
        <message>
            <location filename="../dialogs/personal_data_dialog.py" line="67" />
            <location filename="../dialogs/personal_data_dialog.py" line="120" />
            <source>Supprimer</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../dialogs/personal_data_dialog.py" line="68" />
            <source>Exporter les données de la personne…</source>
            <translation>Export the person's data…</translation>
        </message>
        <message>
            <location filename="../dialogs/personal_data_dialog.py" line="69" />
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message numerus="yes">
            <location filename="../dialogs/personal_data_dialog.py" line="93" />
            <source>Contacts dont le dernier contact (ou, sans date de contact, la dernière modification) remonte à plus de %n an(s), la durée de conservation réglée dans les paramètres. Anonymiser efface ce qui identifie la personne et garde les statistiques des événements passés.</source>
            <translation>
                <numerusform>Contacts whose last contact (or, without a contact date, last change) is more than %n year old, the retention period set in the settings. Anonymising erases what identifies the person and keeps the statistics of past events.</numerusform>
                <numerusform>Contacts whose last contact (or, without a contact date, last change) is more than %n years old, the retention period set in the settings. Anonymising erases what identifies the person and keeps the statistics of past events.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../dialogs/personal_data_dialog.py" line="98" />
            <source>%n contact(s) à examiner</source>
            <translation>
                <numerusform>%n contact to review</numerusform>
                <numerusform>%n contacts to review</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../dialogs/personal_data_dialog.py" line="106" />
            <source>Sélectionnez d'abord un ou plusieurs contacts.</source>
            <translation>Select one or more contacts first.</translation>
        </message>
        <message numerus="yes">
            <location filename="../dialogs/personal_data_dialog.py" line="113" />
            <source>Anonymiser %n contact(s) ? Leurs noms, coordonnées et notes seront effacés définitivement ; leurs accréditations restent comptées.</source>
            <translation>
                <numerusform>Anonymise %n contact? Their name, contact details and notes will be erased for good; their accreditations still count.</numerusform>
                <numerusform>Anonymise %n contacts? Their names, contact details and notes will be erased for good; their accreditations still count.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../dialogs/personal_data_dialog.py" line="116" />
            <source>%n contact(s) anonymisé(s)</source>
            <translation>
                <numerusform>%n contact anonymised</numerusform>
                <numerusform>%n contacts anonymised</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../dialogs/personal_data_dialog.py" line="121" />
            <source>Supprimer définitivement %n contact(s) et leurs accréditations ?</source>
            <translation>
                <numerusform>Delete %n contact and their accreditations for good?</numerusform>
                <numerusform>Delete %n contacts and their accreditations for good?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../dialogs/personal_data_dialog.py" line="131" />
            <source>%n contact(s) supprimé(s)</source>
            <translation>
                <numerusform>%n contact deleted</numerusform>
                <numerusform>%n contacts deleted</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../dialogs/personal_data_dialog.py" line="133" />
            <source>%n gardé(s) : nommé(s) dans un événement (remplacez-les depuis la page Contacts)</source>
            <translation>
                <numerusform>%n kept: named in an event (replace them from the Contacts page)</numerusform>
                <numerusform>%n kept: named in an event (replace them from the Contacts page)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../dialogs/personal_data_dialog.py" line="147" />
            <location filename="../dialogs/personal_data_dialog.py" line="152" />
            <source>Exporter les données de la personne</source>
            <translation>Export the person's data</translation>
        </message>
        <message>
            <location filename="../dialogs/personal_data_dialog.py" line="148" />
            <source>Sélectionnez un seul contact.</source>
            <translation>Select a single contact.</translation>
        </message>
        <message>
            <location filename="../dialogs/personal_data_dialog.py" line="153" />
            <source>Document JSON lisible (*.json)</source>
            <translation>Readable JSON document (*.json)</translation>
        </message>
        <message>
            <location filename="../dialogs/personal_data_dialog.py" line="160" />
            <source>Export impossible</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <location filename="../dialogs/personal_data_dialog.py" line="161" />
            <source>Ce contact a été supprimé sur un autre poste.</source>
            <translation>This contact was deleted on another workstation.</translation>
        </message>
        <message>
            <location filename="../dialogs/personal_data_dialog.py" line="163" />
            <source>Données de {0} exportées dans {1}</source>
            <translation>Data of {0} exported to {1}</translation>
        </message>
    </context>
    <context>
        <name>PointsEditor</name>
        <message>
            <location filename="../widgets/contact_points.py" line="78" />
            <source>Ajouter un numéro</source>
            <translation>Add a number</translation>
        </message>
        <message>
            <location filename="../widgets/contact_points.py" line="78" />
            <source>Ajouter une adresse</source>
            <translation>Add an address</translation>
        </message>
        <message>
            <location filename="../widgets/contact_points.py" line="33" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../widgets/contact_points.py" line="35" />
            <source>Adresse électronique</source>
            <translation>E-mail address</translation>
        </message>
        <message>
            <location filename="../widgets/contact_points.py" line="35" />
            <source>Numéro</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../widgets/contact_points.py" line="36" />
            <source>nom@exemple.fr</source>
            <translation>name@example.org</translation>
        </message>
        <message>
            <location filename="../widgets/contact_points.py" line="38" />
            <source>poste</source>
            <translation>extension</translation>
        </message>
        <message>
            <location filename="../widgets/contact_points.py" line="39" />
            <source>Poste</source>
            <translation>Extension</translation>
        </message>
        <message>
            <location filename="../widgets/contact_points.py" line="42" />
            <source>libellé (facultatif)</source>
            <translation>label (optional)</translation>
        </message>
        <message>
            <location filename="../widgets/contact_points.py" line="43" />
            <source>Libellé</source>
            <translation>Label</translation>
        </message>
        <message>
            <location filename="../widgets/contact_points.py" line="44" />
            <source>préféré</source>
            <translation>preferred</translation>
        </message>
        <message>
            <location filename="../widgets/contact_points.py" line="46" />
            <source>L'adresse ou le numéro utilisé en priorité pour ce type</source>
            <translation>The address or number used first for this type</translation>
        </message>
        <message>
            <location filename="../widgets/contact_points.py" line="48" />
            <location filename="../widgets/contact_points.py" line="50" />
            <source>Retirer</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../widgets/contact_points.py" line="49" />
            <source>Retirer cette ligne</source>
            <translation>Remove this line</translation>
        </message>
    </context>
    <context>
        <name>Prompts</name>
        <message>
            <location filename="../dialogs/prompts.py" line="36" />
            <source>Modifications non enregistrées</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <location filename="../dialogs/prompts.py" line="37" />
            <source>« {0} » a des modifications non enregistrées.</source>
            <translation>"{0}" has unsaved changes.</translation>
        </message>
        <message>
            <location filename="../dialogs/prompts.py" line="42" />
            <source>Voulez-vous les enregistrer ?</source>
            <translation>Do you want to save them?</translation>
        </message>
        <message>
            <location filename="../dialogs/prompts.py" line="38" />
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../dialogs/prompts.py" line="39" />
            <source>Ne pas enregistrer</source>
            <translation>Don't save</translation>
        </message>
        <message>
            <location filename="../dialogs/prompts.py" line="40" />
            <location filename="../dialogs/prompts.py" line="60" />
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../dialogs/prompts.py" line="47" />
            <source>Oui</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../dialogs/prompts.py" line="48" />
            <source>Non</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../dialogs/prompts.py" line="56" />
            <source>Événement passé</source>
            <translation>Past event</translation>
        </message>
        <message>
            <location filename="../dialogs/prompts.py" line="57" />
            <source>« {0} » a déjà eu lieu. Le marquer « Terminée » ?</source>
            <translation>“{0}” has already taken place. Mark it “Done”?</translation>
        </message>
        <message>
            <location filename="../dialogs/prompts.py" line="62" />
            <source>Un événement passé s'enregistre tel quel (archives) ; le statut « Terminée » le range avec les événements finis.</source>
            <translation>A past event is saved as it is (archives); the status “Done” files it with the events that are over.</translation>
        </message>
        <message>
            <location filename="../dialogs/prompts.py" line="58" />
            <source>Marquer « Terminée »</source>
            <translation>Mark “Done”</translation>
        </message>
        <message>
            <location filename="../dialogs/prompts.py" line="59" />
            <source>Garder le statut</source>
            <translation>Keep the status</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <location filename="../dialogs/reason_dialog.py" line="15" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../dialogs/reason_dialog.py" line="16" />
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../dialogs/reason_dialog.py" line="24" />
            <source>Refuser l'accréditation</source>
            <translation>Refuse the accreditation</translation>
        </message>
        <message numerus="yes">
            <location filename="../dialogs/reason_dialog.py" line="25" />
            <source>Motif du refus (%n accréditation(s)) :</source>
            <translation>
                <numerusform>Reason for refusal (%n accreditation):</numerusform>
                <numerusform>Reason for refusal (%n accreditations):</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../dialogs/reason_dialog.py" line="33" />
            <source>Admettre quand même</source>
            <translation>Admit anyway</translation>
        </message>
        <message>
            <location filename="../dialogs/reason_dialog.py" line="34" />
            <source>L'accréditation de {0} est « {1} ».
Motif de l'admission (noté au journal) :</source>
            <translation>The accreditation of {0} is “{1}”.
Reason for admitting (written to the log):</translation>
        </message>
    </context>
    <context>
        <name>RecordPage</name>
        <message>
            <location filename="../pages/record_panes.py" line="33" />
            <source>Rechercher (Ctrl+F) : nom, média, ville…</source>
            <translation>Search (Ctrl+F): name, outlet, town…</translation>
        </message>
        <message>
            <location filename="../pages/record_panes.py" line="35" />
            <source>Rechercher</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../pages/record_panes.py" line="36" />
            <source>&amp;Rechercher</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <location filename="../pages/record_panes.py" line="70" />
            <source>Nouveau</source>
            <translation>New</translation>
        </message>
        <message>
            <location filename="../pages/record_panes.py" line="71" />
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../pages/record_page.py" line="302" />
            <location filename="../pages/record_panes.py" line="72" />
            <source>Supprimer</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../pages/record_page.py" line="119" />
            <source>Liste</source>
            <translation>List</translation>
        </message>
        <message>
            <location filename="../pages/record_page.py" line="122" />
            <source>Fiche enregistrée</source>
            <translation>Record saved</translation>
        </message>
        <message>
            <location filename="../pages/record_page.py" line="125" />
            <source>Fiche supprimée</source>
            <translation>Record deleted</translation>
        </message>
        <message>
            <location filename="../pages/record_page.py" line="182" />
            <source>Cette fiche a été supprimée sur un autre poste</source>
            <translation>This record was deleted on another workstation</translation>
        </message>
        <message>
            <location filename="../pages/record_page.py" line="183" />
            <source>Cette fiche a été modifiée sur un autre poste</source>
            <translation>This record was changed on another workstation</translation>
        </message>
        <message numerus="yes">
            <location filename="../pages/record_page.py" line="221" />
            <source>%n fiche(s)</source>
            <translation>
                <numerusform>%n record</numerusform>
                <numerusform>%n records</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../pages/record_page.py" line="222" />
            <source>{0} sur {1}</source>
            <translation>{0} of {1}</translation>
        </message>
        <message>
            <location filename="../pages/record_page.py" line="302" />
            <source>Supprimer « {0} » ? Cette action est définitive.</source>
            <translation>Delete "{0}"? This cannot be undone.</translation>
        </message>
    </context>
    <context>
        <name>SettingsActions</name>
        <message>
            <location filename="../settings_actions.py" line="32" />
            <source>&amp;Paramètres du bureau…</source>
            <translation>Bureau settin&amp;gs…</translation>
        </message>
        <message>
            <location filename="../settings_actions.py" line="34" />
            <source>Aid&amp;e</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../settings_actions.py" line="50" />
            <source>Paramètres enregistrés</source>
            <translation>Settings saved</translation>
        </message>
        <message>
            <location filename="../settings_actions.py" line="59" />
            <source>Langue de l'interface</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <location filename="../settings_actions.py" line="60" />
            <source>La nouvelle langue s'applique au prochain démarrage de cmer-desk. Redémarrer maintenant ?</source>
            <translation>The new language applies the next time cmer-desk starts. Restart now?</translation>
        </message>
        <message>
            <location filename="../settings_actions.py" line="35" />
            <source>À &amp;propos de cmer-desk…</source>
            <translation>&amp;About cmer-desk…</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="113" />
            <location filename="../dialogs/settings_dialog.py" line="221" />
            <source>Mot de passe (PostgreSQL)</source>
            <translation>Password (PostgreSQL)</translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="176" />
            <source>enregistré dans le trousseau du système ; vide : inchangé</source>
            <translation>kept in the system keyring; empty: unchanged</translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="177" />
            <source>gardé dans le trousseau du système, jamais en clair ; sinon ~/.pgpass</source>
            <translation>kept in the system keyring, never in plain text; otherwise ~/.pgpass</translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="55" />
            <source>un par ligne, avec le réseau : X : @prefpolice13</source>
            <translation>one per line, with the network: X : @prefpolice13</translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="59" />
            <source>une ligne par ligne imprimée : Préfet de police / des Bouches-du-Rhône</source>
            <translation>one line per printed line: Préfet de police / des Bouches-du-Rhône</translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="61" />
            <location filename="../dialogs/settings_dialog.py" line="78" />
            <source>Devise « Liberté, Égalité, Fraternité »</source>
            <translation>Motto “Liberté, Égalité, Fraternité”</translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="62" />
            <source>Emblème (*.png *.jpg *.jpeg *.svg *.pdf)</source>
            <translation>Emblem (*.png *.jpg *.jpeg *.svg *.pdf)</translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="63" />
            <source>Polices (*.ttf *.otf *.woff *.woff2)</source>
            <translation>Fonts (*.ttf *.otf *.woff *.woff2)</translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="64" />
            <source>Emblème</source>
            <translation>Emblem</translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="65" />
            <location filename="../dialogs/settings_dialog.py" line="79" />
            <source>Police (romain)</source>
            <translation>Font (regular)</translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="66" />
            <location filename="../dialogs/settings_dialog.py" line="80" />
            <source>Police (gras)</source>
            <translation>Font (bold)</translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="67" />
            <location filename="../dialogs/settings_dialog.py" line="81" />
            <source>Police (italique)</source>
            <translation>Font (italic)</translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="76" />
            <source>Intitulé du bloc-marque</source>
            <translation>Title of the bloc-marque</translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="77" />
            <source>Emblème (bloc Marianne)</source>
            <translation>Emblem (bloc Marianne)</translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="83" />
            <source>Apostrophe</source>
            <translation>Apostrophe</translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="86" />
            <source>L'emblème et les polices de l'État sont fournis au service : le bureau les désigne ici, cmer-desk ne les contient pas. Sans police, les documents sont en DejaVu Sans.</source>
            <translation>The State's emblem and fonts are given to the service: the bureau names its files here, cmer-desk does not contain them. Without a font, documents print in DejaVu Sans.</translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="43" />
            <source>Paramètres</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="47" />
            <source>Bureau (imprimé en pied des invitations)</source>
            <translation>Bureau (printed at the foot of invitations)</translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="260" />
            <source>Choisir…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="71" />
            <source>Nom du bureau</source>
            <translation>Bureau name</translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="72" />
            <source>Lieu d'émission par défaut</source>
            <translation>Default place of issue</translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="73" />
            <source>Courriel partagé</source>
            <translation>Shared e-mail</translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="74" />
            <source>Site internet</source>
            <translation>Website</translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="75" />
            <source>Réseaux sociaux</source>
            <translation>Social media</translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="82" />
            <source>Style des heures</source>
            <translation>Time style</translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="92" />
            <source>Ce poste</source>
            <translation>This workstation</translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="98" />
            <source>Parcourir…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="100" />
            <source>Choisir la base de données</source>
            <translation>Choose the database</translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="107" />
            <source>Langue de l'interface</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="108" />
            <location filename="../dialogs/settings_dialog.py" line="110" />
            <location filename="../dialogs/settings_dialog.py" line="217" />
            <location filename="../dialogs/settings_dialog.py" line="277" />
            <source>Base de données</source>
            <translation>Database</translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="115" />
            <source>La langue et l'emplacement de la base de données prennent effet au prochain démarrage. Laissez l'emplacement vide pour la base par défaut.</source>
            <translation>The language and the database location take effect at the next start. Leave the location empty for the default database.</translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="124" />
            <source>Données et sauvegardes</source>
            <translation>Data and backups</translation>
        </message>
        <message numerus="yes">
            <location filename="../dialogs/settings_dialog.py" line="130" />
            <location filename="../dialogs/settings_dialog.py" line="131" />
            <source> an(s)</source>
            <translation>
                <numerusform> year</numerusform>
                <numerusform> years</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="133" />
            <source>Durée de conservation après le dernier contact</source>
            <translation>Retention period after the last contact</translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="138" />
            <location filename="../dialogs/settings_dialog.py" line="215" />
            <source>Dossier des sauvegardes</source>
            <translation>Backup folder</translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="140" />
            <source>Vide : le dossier indiqué en grisé. Un autre dossier prend effet au prochain démarrage.</source>
            <translation>Empty: the folder shown in grey. Another folder takes effect at the next start.</translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="147" />
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="148" />
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="238" />
            <source>Le profil a été modifié sur un autre poste : rouvrez ce dialogue.</source>
            <translation>The profile was changed on another workstation: reopen this dialog.</translation>
        </message>
        <message>
            <location filename="../dialogs/settings_dialog.py" line="278" />
            <source>Base SQLite (*.db *.sqlite)</source>
            <translation>SQLite database (*.db *.sqlite)</translation>
        </message>
    </context>
    <context>
        <name>dialog</name>
        <message>
            <location filename="../dialogs/in_use_dialog.py" line="90" />
            <source>Remplacer par</source>
            <translation>Replace with</translation>
        </message>
    </context>
    <context>
        <name>FailureReport</name>
        <message>
            <location filename="../failure_report.py" line="29" />
            <source>L'opération n'a pas pu se faire : {0}.</source>
            <translation>The operation could not be done: {0}.</translation>
        </message>
        <message>
            <location filename="../failure_report.py" line="30" />
            <source>Opération impossible</source>
            <translation>Operation failed</translation>
        </message>
    </context>
    <context>
        <name>DoorPanel</name>
        <message>
            <location filename="../widgets/door_panel.py" line="29" />
            <source>ACCRÉDITATION REFUSÉE</source>
            <translation>ACCREDITATION REFUSED</translation>
        </message>
        <message>
            <location filename="../widgets/door_panel.py" line="30" />
            <source>ACCRÉDITATION ANNULÉE</source>
            <translation>ACCREDITATION CANCELLED</translation>
        </message>
        <message>
            <location filename="../widgets/door_panel.py" line="31" />
            <source>SUR LISTE D'ATTENTE : pas encore confirmée</source>
            <translation>ON THE WAITING LIST: not confirmed yet</translation>
        </message>
        <message>
            <location filename="../widgets/door_panel.py" line="32" />
            <source>DEMANDE NON CONFIRMÉE</source>
            <translation>REQUEST NOT CONFIRMED</translation>
        </message>
        <message>
            <location filename="../widgets/door_panel.py" line="47" />
            <source>Résultat de l'accueil</source>
            <translation>Check-in result</translation>
        </message>
        <message>
            <location filename="../widgets/door_panel.py" line="52" />
            <source>Admettre quand même (responsable)…</source>
            <translation>Admit anyway (supervisor)…</translation>
        </message>
        <message>
            <location filename="../widgets/door_panel.py" line="80" />
            <source>BADGE D'UN AUTRE ÉVÉNEMENT : {0}</source>
            <translation>BADGE OF ANOTHER EVENT: {0}</translation>
        </message>
        <message>
            <location filename="../widgets/door_panel.py" line="81" />
            <source>INCONNU : aucune accréditation ne correspond à « {0} »</source>
            <translation>UNKNOWN: no accreditation matches “{0}”</translation>
        </message>
        <message>
            <location filename="../widgets/door_panel.py" line="82" />
            <source>N° {0} · {1}</source>
            <translation>No. {0} · {1}</translation>
        </message>
        <message>
            <location filename="../widgets/door_panel.py" line="85" />
            <source>Entrée à {0}</source>
            <translation>Entered at {0}</translation>
        </message>
        <message>
            <location filename="../widgets/door_panel.py" line="87" />
            <source>DÉJÀ ENTRÉ(E) à {0}</source>
            <translation>ALREADY ENTERED at {0}</translation>
        </message>
        <message>
            <location filename="../widgets/door_panel.py" line="89" />
            <source>Arrivée annulée</source>
            <translation>Arrival cancelled</translation>
        </message>
        <message>
            <location filename="../widgets/door_panel.py" line="92" />
            <source>Motif : {0}</source>
            <translation>Reason: {0}</translation>
        </message>
    </context>
</TS>
