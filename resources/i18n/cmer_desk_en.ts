<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
    <context>
        <name>AccreditationsPage</name>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="42" />
            <source>%n accréditation(s) confirmée(s)</source>
            <translation>%n accreditations confirmed</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="43" />
            <source>%n accréditation(s) refusée(s)</source>
            <translation>%n accreditations refused</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="44" />
            <source>%n accréditation(s) en liste d'attente</source>
            <translation>%n accreditations on the waiting list</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="45" />
            <source>%n accréditation(s) annulée(s)</source>
            <translation>%n accreditations cancelled</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="46" />
            <source>%n accréditation(s) remise(s) en demande</source>
            <translation>%n accreditations back to requested</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="79" />
            <source>Ajouter un journaliste</source>
            <translation>Add a journalist</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="80" />
            <source>&amp;Ajouter un journaliste</source>
            <translation>&amp;Add a journalist</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="83" />
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="84" />
            <source>Rôle</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="97" />
            <source>Rechercher</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="98" />
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="306" />
            <source>Rechercher (Ctrl+F) : nom, média…</source>
            <translation>Search (Ctrl+F): name, outlet…</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="106" />
            <source>Accréditations</source>
            <translation>Accreditations</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="111" />
            <source>Confirmer</source>
            <translation>Confirm</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="112" />
            <source>Refuser…</source>
            <translation>Refuse…</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="113" />
            <source>Liste d'attente</source>
            <translation>Waiting list</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="114" />
            <source>Annuler l'accréditation</source>
            <translation>Cancel the accreditation</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="115" />
            <source>Arrivée / départ</source>
            <translation>Arrival / departure</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="137" />
            <source>Mode accueil</source>
            <translation>Check-in mode</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="142" />
            <source>&amp;Rechercher</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="175" />
            <source>Choisissez un événement dans la page Événements.</source>
            <translation>Choose an event on the Events page.</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="184" />
            <source>Accréditations : {0}</source>
            <translation>Accreditations: {0}</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="206" />
            <source>Par statut — {0}</source>
            <translation>By status — {0}</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="210" />
            <source>illimitée</source>
            <translation>unlimited</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="211" />
            <source>aucune</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="212" />
            <source>Confirmées par rôle — {0}   |   Places : {1} / {2} · limite par média : {3}</source>
            <translation>Confirmed by role — {0}   |   Places: {1} / {2} · limit per outlet: {3}</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="215" />
            <source>Arrivées : {0} sur {1} confirmées</source>
            <translation>Arrivals: {0} of {1} confirmed</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="239" />
            <source>Accréditation impossible</source>
            <translation>Cannot accredit</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="243" />
            <source>Demande d'accréditation ajoutée : {0}</source>
            <translation>Accreditation request added: {0}</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="248" />
            <source>Sélectionnez d'abord une ou plusieurs accréditations</source>
            <translation>Select one or more accreditations first</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="260" />
            <source>Confirmer quand même ?</source>
            <translation>Confirm anyway?</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="261" />
            <source>Limite dépassée</source>
            <translation>Limit exceeded</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="265" />
            <source>Changement impossible</source>
            <translation>Cannot change</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="278" />
            <source>Arrivée de {0} à {1}</source>
            <translation>{0} arrived at {1}</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="280" />
            <source>Arrivée de {0} annulée</source>
            <translation>Arrival of {0} cancelled</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="305" />
            <source>Nom ou média puis Entrée : arrivée (Entrée à nouveau : annule)</source>
            <translation>Name or outlet then Enter: arrival (Enter again: undo)</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="61" />
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="62" />
            <source>Média</source>
            <translation>Outlet</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="64" />
            <source>Statut</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="65" />
            <source>Carte de presse</source>
            <translation>Press card</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/accreditations_page.py" line="66" />
            <source>Arrivée</source>
            <translation>Arrival</translation>
        </message>
    </context>
    <context>
        <name>AttendeeListDialog</name>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/document_dialogs.py" line="118" />
            <source>Liste d'émargement</source>
            <translation>Attendee list</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/document_dialogs.py" line="121" />
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/document_dialogs.py" line="122" />
            <source>Média</source>
            <translation>Outlet</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/document_dialogs.py" line="123" />
            <location filename="../../cmer_desk/ui/dialogs/document_dialogs.py" line="124" />
            <source>Trier par</source>
            <translation>Sort by</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/document_dialogs.py" line="135" />
            <source>Statuts</source>
            <translation>Statuses</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/document_dialogs.py" line="138" />
            <location filename="../../cmer_desk/ui/dialogs/document_dialogs.py" line="139" />
            <source>Lignes vierges</source>
            <translation>Blank rows</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/document_dialogs.py" line="140" />
            <source>&amp;CSV…</source>
            <translation>&amp;CSV…</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/document_dialogs.py" line="141" />
            <source>&amp;XLSX…</source>
            <translation>&amp;XLSX…</translation>
        </message>
    </context>
    <context>
        <name>BadgesDialog</name>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/document_dialogs.py" line="162" />
            <source>Badges</source>
            <translation>Badges</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/document_dialogs.py" line="164" />
            <source>4 par page (A6)</source>
            <translation>4 per page (A6)</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/document_dialogs.py" line="165" />
            <source>1 par page</source>
            <translation>1 per page</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/document_dialogs.py" line="167" />
            <source>Accréditations confirmées</source>
            <translation>Confirmed accreditations</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cmer_desk/ui/dialogs/document_dialogs.py" line="168" />
            <source>Sélection de la page Accréditations (%n)</source>
            <translation>
                <numerusform>Selection on the Accreditations page (%n)</numerusform>
                <numerusform>Selection on the Accreditations page (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/document_dialogs.py" line="171" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/document_dialogs.py" line="172" />
            <source>Pour</source>
            <translation>For</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/conflict_dialog.py" line="33" />
            <source>Modifié sur un autre poste</source>
            <translation>Changed on another workstation</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/conflict_dialog.py" line="37" />
            <source>Cet enregistrement a été modifié et enregistré sur un autre poste pendant que vous l'éditiez. Les différences sont surlignées. Quelle version faut-il garder ?</source>
            <translation>This record was changed and saved on another workstation while you were editing it. The differences are highlighted. Which version should be kept?</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/conflict_dialog.py" line="42" />
            <source>Champ</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/conflict_dialog.py" line="42" />
            <source>Votre version</source>
            <translation>Your version</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/conflict_dialog.py" line="42" />
            <source>Version de l'autre poste</source>
            <translation>Other workstation's version</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/conflict_dialog.py" line="56" />
            <source>Différences</source>
            <translation>Differences</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/conflict_dialog.py" line="62" />
            <source>Garder ma version</source>
            <translation>Keep my version</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/conflict_dialog.py" line="63" />
            <source>Prendre la version de l'autre poste</source>
            <translation>Take the other workstation's version</translation>
        </message>
    </context>
    <context>
        <name>ContactForm</name>
        <message>
            <location filename="../../cmer_desk/ui/forms/contact_form.py" line="21" />
            <location filename="../../cmer_desk/ui/forms/contact_form.py" line="33" />
            <source>(aucune)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/contact_form.py" line="34" />
            <location filename="../../cmer_desk/ui/forms/contact_form.py" line="68" />
            <source>(aucun)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/contact_form.py" line="36" />
            <source>séparées par des virgules : PQR, TV</source>
            <translation>comma-separated: PQR, TV</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/contact_form.py" line="42" />
            <source>Civilité</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/contact_form.py" line="43" />
            <source>Prénom</source>
            <translation>First name</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/contact_form.py" line="44" />
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/contact_form.py" line="45" />
            <source>Fonction</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/contact_form.py" line="46" />
            <source>Organisme</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/contact_form.py" line="47" />
            <source>Courriel</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/contact_form.py" line="48" />
            <source>Téléphone fixe</source>
            <translation>Landline</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/contact_form.py" line="49" />
            <source>Portable</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/contact_form.py" line="50" />
            <source>N° de carte de presse</source>
            <translation>Press card no.</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/contact_form.py" line="51" />
            <source>Validité de la carte</source>
            <translation>Card valid for</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/contact_form.py" line="52" />
            <source>Type de carte</source>
            <translation>Card type</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/contact_form.py" line="53" />
            <source>Listes</source>
            <translation>Lists</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/contact_form.py" line="54" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/contact_form.py" line="55" />
            <source>Origine des données</source>
            <translation>Data source</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/contact_form.py" line="56" />
            <source>Dernier contact</source>
            <translation>Last contact</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/contact_form.py" line="78" />
            <source>Nouveau contact</source>
            <translation>New contact</translation>
        </message>
    </context>
    <context>
        <name>ContactPicker</name>
        <message>
            <location filename="../../cmer_desk/ui/widgets/contact_picker.py" line="37" />
            <source>nom ou média…</source>
            <translation>name or outlet…</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/widgets/contact_picker.py" line="46" />
            <source>Nouveau contact…</source>
            <translation>New contact…</translation>
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message>
            <location filename="../../cmer_desk/ui/pages/contacts_page.py" line="35" />
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/contacts_page.py" line="41" />
            <source>Contact enregistré : {0}</source>
            <translation>Contact saved: {0}</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/contacts_page.py" line="44" />
            <source>Contact supprimé</source>
            <translation>Contact deleted</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/contacts_page.py" line="23" />
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/contacts_page.py" line="24" />
            <source>Organisme</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/contacts_page.py" line="25" />
            <source>Fonction</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/contacts_page.py" line="26" />
            <source>Courriel</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/contacts_page.py" line="27" />
            <source>Téléphone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/contacts_page.py" line="28" />
            <source>Listes</source>
            <translation>Lists</translation>
        </message>
    </context>
    <context>
        <name>DocumentActions</name>
        <message>
            <location filename="../../cmer_desk/ui/documents.py" line="28" />
            <source>&amp;Documents</source>
            <translation>&amp;Documents</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/documents.py" line="30" />
            <source>&amp;Invitation</source>
            <translation>&amp;Invitation</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/documents.py" line="31" />
            <source>&amp;Aperçu de l'invitation…</source>
            <translation>&amp;Preview the invitation…</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/documents.py" line="33" />
            <source>&amp;Imprimer l'invitation…</source>
            <translation>&amp;Print the invitation…</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/documents.py" line="35" />
            <source>&amp;Enregistrer en PDF…</source>
            <translation>&amp;Save as PDF…</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/documents.py" line="37" />
            <source>&amp;Liste d'émargement…</source>
            <translation>&amp;Attendee list…</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/documents.py" line="38" />
            <source>&amp;Badges…</source>
            <translation>&amp;Badges…</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/documents.py" line="39" />
            <source>A&amp;genda (.ics)…</source>
            <translation>Ca&amp;lendar (.ics)…</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/documents.py" line="41" />
            <source>Im&amp;primer…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/documents.py" line="57" />
            <source>Choisissez d'abord un événement enregistré</source>
            <translation>Choose a saved event first</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/documents.py" line="76" />
            <source>Invitation</source>
            <translation>Invitation</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/documents.py" line="86" />
            <source>Invitation envoyée à l'imprimante</source>
            <translation>Invitation sent to the printer</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/documents.py" line="93" />
            <source>Enregistrer l'invitation en PDF</source>
            <translation>Save the invitation as PDF</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/documents.py" line="94" />
            <source>Document PDF (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/documents.py" line="96" />
            <source>Invitation enregistrée dans {0}</source>
            <translation>Invitation saved to {0}</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/documents.py" line="138" />
            <source>Enregistrer l'agenda</source>
            <translation>Save the calendar file</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/documents.py" line="139" />
            <source>Agenda iCalendar (*.ics)</source>
            <translation>iCalendar file (*.ics)</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/documents.py" line="141" />
            <source>Agenda enregistré dans {0}</source>
            <translation>Calendar saved to {0}</translation>
        </message>
    </context>
    <context>
        <name>DocumentDialog</name>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/document_dialogs.py" line="79" />
            <source>&amp;Aperçu…</source>
            <translation>&amp;Preview…</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/document_dialogs.py" line="80" />
            <source>&amp;Imprimer…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/document_dialogs.py" line="81" />
            <source>Enregistrer en &amp;PDF…</source>
            <translation>Save as &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/document_dialogs.py" line="84" />
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/document_dialogs.py" line="106" />
            <source>Document PDF (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/document_dialogs.py" line="106" />
            <source>Tableau CSV (*.csv)</source>
            <translation>CSV table (*.csv)</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/document_dialogs.py" line="107" />
            <source>Classeur Excel (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/document_dialogs.py" line="108" />
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/document_dialogs.py" line="110" />
            <source>Enregistré : {0}</source>
            <translation>Saved: {0}</translation>
        </message>
    </context>
    <context>
        <name>DocumentOutput</name>
        <message>
            <location filename="../../cmer_desk/ui/print/output.py" line="40" />
            <source>L'imprimante n'a pas pu démarrer.</source>
            <translation>The printer could not start.</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/print/output.py" line="71" />
            <source>Imprimer : {0}</source>
            <translation>Print: {0}</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/print/output.py" line="79" />
            <source>Impression impossible</source>
            <translation>Cannot print</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/print/output.py" line="97" />
            <source>Enregistrement impossible</source>
            <translation>Cannot save</translation>
        </message>
    </context>
    <context>
        <name>DraftForm</name>
        <message>
            <location filename="../../cmer_desk/ui/forms/base_form.py" line="120" />
            <source>Enregistrement impossible</source>
            <translation>Cannot save</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/base_form.py" line="149" />
            <source>Enregistrement supprimé</source>
            <translation>Record deleted</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/base_form.py" line="150" />
            <source>Cet enregistrement a été supprimé sur un autre poste.</source>
            <translation>This record was deleted on another workstation.</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/base_form.py" line="176" />
            <source>Cette fiche</source>
            <translation>This record</translation>
        </message>
    </context>
    <context>
        <name>EventForm</name>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="67" />
            <source>Invitation</source>
            <translation>Invitation</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="74" />
            <source>Paragraphes séparés par une ligne vide ; une ligne commençant par « - » est un élément de liste.</source>
            <translation>Paragraphs separated by a blank line; a line starting with "-" is a list item.</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="76" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="76" />
            <source>Statut</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="77" />
            <source>Titre</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="77" />
            <source>Lieu d'émission</source>
            <translation>Place of issue</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="78" />
            <source>Date d'émission</source>
            <translation>Date of issue</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="78" />
            <source>Texte</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="80" />
            <source>Date et lieu</source>
            <translation>Date and place</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="88" />
            <source>Début</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="88" />
            <source>Fin</source>
            <translation>End</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="89" />
            <source>Lieu</source>
            <translation>Venue</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="89" />
            <source>Salle</source>
            <translation>Room</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="90" />
            <source>Adresse</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="91" />
            <source>Code postal</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="92" />
            <source>Ville</source>
            <translation>Town</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="94" />
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="99" />
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="104" />
            <source>Officiels</source>
            <translation>Officials</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="97" />
            <source>préfet de police des Bouches-du-Rhône</source>
            <translation>préfet de police des Bouches-du-Rhône</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="98" />
            <source>Officiel</source>
            <translation>Official</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="98" />
            <source>Qualité pour cet événement</source>
            <translation>Role for this event</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="102" />
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="171" />
            <source>Ajouter un officiel</source>
            <translation>Add an official</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="103" />
            <source>Qualité</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="105" />
            <source>Action des officiels</source>
            <translation>What the officials will do</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="107" />
            <source>Programme et moment presse</source>
            <translation>Programme and press moment</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="112" />
            <source>Ajouter au programme</source>
            <translation>Add to the programme</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="122" />
            <source>Étape du programme</source>
            <translation>Programme step</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="123" />
            <source>Heure</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="123" />
            <source>Étape</source>
            <translation>Step</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="123" />
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="126" />
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="125" />
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="128" />
            <source>Heure de l'étape</source>
            <translation>Time of the step</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="127" />
            <source>Moment presse</source>
            <translation>Press moment</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="130" />
            <source>Accréditations</source>
            <translation>Accreditations</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="131" />
            <source>Accréditation requise</source>
            <translation>Accreditation required</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="137" />
            <source>Aucun contact</source>
            <translation>No contact</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="149" />
            <source>illimitée</source>
            <translation>unlimited</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="152" />
            <source>aucune</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="154" />
            <source>Date limite</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="155" />
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="159" />
            <source>Contact accréditations</source>
            <translation>Accreditation contact</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="156" />
            <source>Modalités d'accréditation</source>
            <translation>How to get accredited</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="157" />
            <source>Capacité</source>
            <translation>Capacity</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="158" />
            <source>Limite par média</source>
            <translation>Limit per outlet</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="162" />
            <source>Pied de page : chargés de communication</source>
            <translation>Footer: press officers</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="165" />
            <source>Chargé de communication</source>
            <translation>Press officer</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="166" />
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="169" />
            <source>Chargés de communication</source>
            <translation>Press officers</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="167" />
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="172" />
            <source>Ajouter un chargé de communication</source>
            <translation>Add a press officer</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="189" />
            <source>Nouvel événement</source>
            <translation>New event</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/event_form.py" line="210" />
            <source>(aucun)</source>
            <translation>(none)</translation>
        </message>
    </context>
    <context>
        <name>EventsPage</name>
        <message>
            <location filename="../../cmer_desk/ui/pages/events_page.py" line="74" />
            <source>Événements</source>
            <translation>Events</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/events_page.py" line="82" />
            <source>Invitation enregistrée</source>
            <translation>Invitation saved</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/events_page.py" line="83" />
            <source>{0} enregistré(e)</source>
            <translation>{0} saved</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/events_page.py" line="86" />
            <source>Événement supprimé</source>
            <translation>Event deleted</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/events_page.py" line="100" />
            <source>Copie de l'événement : indiquez les nouvelles dates puis enregistrez</source>
            <translation>Copy of the event: set the new dates, then save</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/events_page.py" line="33" />
            <source>Statut</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/events_page.py" line="30" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/events_page.py" line="31" />
            <source>Titre</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/events_page.py" line="32" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/events_page.py" line="34" />
            <source>Lieu</source>
            <translation>Venue</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/events_page.py" line="35" />
            <source>Confirmées</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/events_page.py" line="36" />
            <source>Demandées</source>
            <translation>Requested</translation>
        </message>
    </context>
    <context>
        <name>InvitationPreview</name>
        <message>
            <location filename="../../cmer_desk/ui/widgets/invitation_preview.py" line="27" />
            <location filename="../../cmer_desk/ui/widgets/invitation_preview.py" line="33" />
            <source>Aperçu de l'invitation</source>
            <translation>Invitation preview</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/widgets/invitation_preview.py" line="66" />
            <source>Indiquez la date d'émission et le début de l'événement pour voir l'aperçu.</source>
            <translation>Enter the date of issue and the start of the event to see the preview.</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/widgets/invitation_preview.py" line="68" />
            <source>Aperçu à jour après enregistrement.</source>
            <translation>Preview up to date after saving.</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/widgets/invitation_preview.py" line="70" />
            <source>Aperçu du brouillon : modifications non enregistrées.</source>
            <translation>Preview of the draft: changes not saved.</translation>
        </message>
    </context>
    <context>
        <name>Launch</name>
        <message>
            <location filename="../../cmer_desk/ui/launch.py" line="50" />
            <source>Impossible d'ouvrir la base de données :
{0}</source>
            <translation>Cannot open the database:
{0}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../cmer_desk/ui/main_window.py" line="26" />
            <source>cmer-desk — Bureau de la communication</source>
            <translation>cmer-desk — Communication office</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/main_window.py" line="35" />
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/main_window.py" line="36" />
            <location filename="../../cmer_desk/ui/main_window.py" line="117" />
            <source>Événements</source>
            <translation>Events</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/main_window.py" line="36" />
            <location filename="../../cmer_desk/ui/main_window.py" line="117" />
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/main_window.py" line="36" />
            <location filename="../../cmer_desk/ui/main_window.py" line="117" />
            <source>Médias et organismes</source>
            <translation>Outlets and organisations</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/main_window.py" line="37" />
            <location filename="../../cmer_desk/ui/main_window.py" line="118" />
            <source>Accréditations</source>
            <translation>Accreditations</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/main_window.py" line="55" />
            <source>Prêt</source>
            <translation>Ready</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/main_window.py" line="82" />
            <location filename="../../cmer_desk/ui/main_window.py" line="85" />
            <source>Barre d'outils</source>
            <translation>Toolbar</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/main_window.py" line="87" />
            <source>&amp;Fichier</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/main_window.py" line="88" />
            <source>&amp;Nouveau</source>
            <translation>&amp;New</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/main_window.py" line="89" />
            <source>&amp;Enregistrer</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/main_window.py" line="92" />
            <source>&amp;Paramètres du bureau…</source>
            <translation>&amp;Bureau settings…</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/main_window.py" line="94" />
            <source>&amp;Quitter</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/main_window.py" line="96" />
            <source>É&amp;dition</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/main_window.py" line="97" />
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/main_window.py" line="99" />
            <source>Rétablir</source>
            <translation>Redo</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/main_window.py" line="106" />
            <source>&amp;Rechercher</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/main_window.py" line="108" />
            <source>&amp;Dupliquer l'événement</source>
            <translation>&amp;Duplicate the event</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/main_window.py" line="110" />
            <source>&amp;Supprimer</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/main_window.py" line="116" />
            <source>&amp;Affichage</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/main_window.py" line="121" />
            <source>Mode &amp;accueil</source>
            <translation>&amp;Check-in mode</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/main_window.py" line="167" />
            <source>Enregistrement impossible : corrigez les champs signalés en rouge</source>
            <translation>Cannot save: correct the fields marked in red</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/main_window.py" line="190" />
            <source>Paramètres enregistrés</source>
            <translation>Settings saved</translation>
        </message>
    </context>
    <context>
        <name>NewContactDialog</name>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/new_contact_dialog.py" line="22" />
            <source>Nouveau contact</source>
            <translation>New contact</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/new_contact_dialog.py" line="29" />
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/new_contact_dialog.py" line="31" />
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>OrderedList</name>
        <message>
            <location filename="../../cmer_desk/ui/widgets/ordered_list.py" line="34" />
            <source>Monter</source>
            <translation>Move up</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/widgets/ordered_list.py" line="35" />
            <source>Descendre</source>
            <translation>Move down</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/widgets/ordered_list.py" line="36" />
            <source>Retirer</source>
            <translation>Remove</translation>
        </message>
    </context>
    <context>
        <name>OrganisationForm</name>
        <message>
            <location filename="../../cmer_desk/ui/forms/organisation_form.py" line="29" />
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/organisation_form.py" line="30" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/organisation_form.py" line="31" />
            <source>Ville</source>
            <translation>Town</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/organisation_form.py" line="32" />
            <source>Téléphone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/organisation_form.py" line="33" />
            <source>Courriel</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/organisation_form.py" line="34" />
            <source>Site internet</source>
            <translation>Website</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/organisation_form.py" line="35" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/forms/organisation_form.py" line="42" />
            <source>Nouvel organisme</source>
            <translation>New organisation</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsPage</name>
        <message>
            <location filename="../../cmer_desk/ui/pages/organisations_page.py" line="32" />
            <source>Médias et organismes</source>
            <translation>Outlets and organisations</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/organisations_page.py" line="38" />
            <source>Organisme enregistré : {0}</source>
            <translation>Organisation saved: {0}</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/organisations_page.py" line="41" />
            <source>Organisme supprimé</source>
            <translation>Organisation deleted</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/organisations_page.py" line="23" />
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/organisations_page.py" line="27" />
            <source>Courriel</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/organisations_page.py" line="26" />
            <source>Téléphone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/organisations_page.py" line="24" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/organisations_page.py" line="25" />
            <source>Ville</source>
            <translation>Town</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/document_dialogs.py" line="45" />
            <location filename="../../cmer_desk/ui/dialogs/document_dialogs.py" line="46" />
            <source>Aperçu : {0}</source>
            <translation>Preview: {0}</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/document_dialogs.py" line="49" />
            <source>&amp;Imprimer…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/document_dialogs.py" line="50" />
            <source>&amp;Enregistrer en PDF…</source>
            <translation>&amp;Save as PDF…</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/document_dialogs.py" line="54" />
            <location filename="../../cmer_desk/ui/dialogs/document_dialogs.py" line="55" />
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/document_dialogs.py" line="66" />
            <source>Enregistrer en PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/document_dialogs.py" line="66" />
            <source>Document PDF (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>Prompts</name>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/prompts.py" line="15" />
            <source>Modifications non enregistrées</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/prompts.py" line="16" />
            <source>« {0} » a des modifications non enregistrées.</source>
            <translation>"{0}" has unsaved changes.</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/prompts.py" line="17" />
            <source>Voulez-vous les enregistrer ?</source>
            <translation>Do you want to save them?</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/prompts.py" line="21" />
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/prompts.py" line="22" />
            <source>Ne pas enregistrer</source>
            <translation>Don't save</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/prompts.py" line="23" />
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/prompts.py" line="37" />
            <source>Oui</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/prompts.py" line="38" />
            <source>Non</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/reason_dialog.py" line="13" />
            <source>Refuser l'accréditation</source>
            <translation>Refuse the accreditation</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cmer_desk/ui/dialogs/reason_dialog.py" line="14" />
            <source>Motif du refus (%n accréditation(s)) :</source>
            <translation>
                <numerusform>Reason for refusal (%n accreditation):</numerusform>
                <numerusform>Reason for refusal (%n accreditations):</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecordPage</name>
        <message>
            <location filename="../../cmer_desk/ui/pages/record_page.py" line="65" />
            <source>Rechercher (Ctrl+F) : nom, média, ville…</source>
            <translation>Search (Ctrl+F): name, outlet, town…</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/record_page.py" line="67" />
            <source>Rechercher</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/record_page.py" line="68" />
            <source>&amp;Rechercher</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/record_page.py" line="99" />
            <source>Nouveau</source>
            <translation>New</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/record_page.py" line="100" />
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/record_page.py" line="101" />
            <location filename="../../cmer_desk/ui/pages/record_page.py" line="275" />
            <source>Supprimer</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/record_page.py" line="142" />
            <source>Liste</source>
            <translation>List</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/record_page.py" line="145" />
            <source>Fiche enregistrée</source>
            <translation>Record saved</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/record_page.py" line="148" />
            <source>Fiche supprimée</source>
            <translation>Record deleted</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cmer_desk/ui/pages/record_page.py" line="205" />
            <source>%n fiche(s)</source>
            <translation>
                <numerusform>%n record</numerusform>
                <numerusform>%n records</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/record_page.py" line="205" />
            <source>{0} sur {1}</source>
            <translation>{0} of {1}</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/pages/record_page.py" line="275" />
            <source>Supprimer « {0} » ? Cette action est définitive.</source>
            <translation>Delete "{0}"? This cannot be undone.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/settings_dialog.py" line="34" />
            <source>Paramètres</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/settings_dialog.py" line="38" />
            <source>Bureau (imprimé en pied des invitations)</source>
            <translation>Bureau (printed at the foot of invitations)</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/settings_dialog.py" line="46" />
            <source>un par ligne : @prefpolice13</source>
            <translation>one per line: @prefpolice13</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/settings_dialog.py" line="49" />
            <source>Choisir…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/settings_dialog.py" line="51" />
            <source>Choisir le logo</source>
            <translation>Choose the logo</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/settings_dialog.py" line="60" />
            <source>Nom du bureau</source>
            <translation>Bureau name</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/settings_dialog.py" line="61" />
            <source>Lieu d'émission par défaut</source>
            <translation>Default place of issue</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/settings_dialog.py" line="62" />
            <source>Courriel partagé</source>
            <translation>Shared e-mail</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/settings_dialog.py" line="63" />
            <source>Site internet</source>
            <translation>Website</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/settings_dialog.py" line="64" />
            <source>Réseaux sociaux</source>
            <translation>Social media</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/settings_dialog.py" line="65" />
            <location filename="../../cmer_desk/ui/dialogs/settings_dialog.py" line="69" />
            <location filename="../../cmer_desk/ui/dialogs/settings_dialog.py" line="153" />
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/settings_dialog.py" line="66" />
            <source>Style des heures</source>
            <translation>Time style</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/settings_dialog.py" line="72" />
            <source>Ce poste</source>
            <translation>This workstation</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/settings_dialog.py" line="78" />
            <source>Parcourir…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/settings_dialog.py" line="80" />
            <source>Choisir la base de données</source>
            <translation>Choose the database</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/settings_dialog.py" line="87" />
            <source>Langue de l'interface</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/settings_dialog.py" line="88" />
            <location filename="../../cmer_desk/ui/dialogs/settings_dialog.py" line="89" />
            <location filename="../../cmer_desk/ui/dialogs/settings_dialog.py" line="158" />
            <source>Base de données</source>
            <translation>Database</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/settings_dialog.py" line="90" />
            <source>La langue et l'emplacement de la base de données prennent effet au prochain démarrage. Laissez l'emplacement vide pour la base par défaut.</source>
            <translation>The language and the database location take effect at the next start. Leave the location empty for the default database.</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/settings_dialog.py" line="97" />
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/settings_dialog.py" line="98" />
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/settings_dialog.py" line="146" />
            <source>Le profil a été modifié sur un autre poste : rouvrez ce dialogue.</source>
            <translation>The profile was changed on another workstation: reopen this dialog.</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/settings_dialog.py" line="153" />
            <source>Images (*.png *.jpg *.svg)</source>
            <translation>Images (*.png *.jpg *.svg)</translation>
        </message>
        <message>
            <location filename="../../cmer_desk/ui/dialogs/settings_dialog.py" line="159" />
            <source>Base SQLite (*.db *.sqlite)</source>
            <translation>SQLite database (*.db *.sqlite)</translation>
        </message>
    </context>
</TS>
