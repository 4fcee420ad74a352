<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
    <context>
        <name>BadgesDialog</name>
        <message numerus="yes">
            <location filename="../dialogs/document_dialogs.py" line="207" />
            <source>Sélection de la page Accréditations (%n)</source>
            <translation>
                <numerusform>Sélection de la page Accréditations (%n)</numerusform>
                <numerusform>Sélection de la page Accréditations (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DataActions</name>
        <message numerus="yes">
            <location filename="../data_actions.py" line="92" />
            <source>%n contact(s) exporté(s)</source>
            <translation>
                <numerusform>%n contact exporté</numerusform>
                <numerusform>%n contacts exportés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../data_actions.py" line="104" />
            <source>%n fiche(s) fusionnée(s)</source>
            <translation>
                <numerusform>%n fiche fusionnée</numerusform>
                <numerusform>%n fiches fusionnées</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message numerus="yes">
            <location filename="../dialogs/contacts_dialogs.py" line="166" />
            <source>%n groupe(s) de doublons</source>
            <translation>
                <numerusform>%n groupe de doublons</numerusform>
                <numerusform>%n groupes de doublons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../dialogs/contacts_dialogs.py" line="190" />
            <source>Garder « {0} » et y fusionner %n autre(s) fiche(s) ? Les fiches fusionnées sont supprimées, leurs accréditations conservées.</source>
            <translation>
                <numerusform>Garder « {0} » et y fusionner %n autre fiche ? La fiche fusionnée est supprimée, ses accréditations conservées.</numerusform>
                <numerusform>Garder « {0} » et y fusionner %n autres fiches ? Les fiches fusionnées sont supprimées, leurs accréditations conservées.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <location filename="../dialogs/contacts_dialogs.py" line="108" />
            <source>%n contact(s) exporté(s) dans {0}</source>
            <translation>
                <numerusform>%n contact exporté dans {0}</numerusform>
                <numerusform>%n contacts exportés dans {0}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <location filename="../dialogs/import_dialog.py" line="251" />
            <source>%n ligne(s)</source>
            <translation>
                <numerusform>%n ligne</numerusform>
                <numerusform>%n lignes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../dialogs/import_dialog.py" line="251" />
            <source>%n valide(s)</source>
            <translation>
                <numerusform>%n valide</numerusform>
                <numerusform>%n valides</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../dialogs/import_dialog.py" line="252" />
            <source>%n avertissement(s)</source>
            <translation>
                <numerusform>%n avertissement</numerusform>
                <numerusform>%n avertissements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../dialogs/import_dialog.py" line="252" />
            <source>%n refusée(s)</source>
            <translation>
                <numerusform>%n refusée</numerusform>
                <numerusform>%n refusées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../dialogs/import_dialog.py" line="258" />
            <source>… et %n autre(s)</source>
            <translation>
                <numerusform>… et %n autre</numerusform>
                <numerusform>… et %n autres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../dialogs/import_dialog.py" line="263" />
            <source>%n ligne(s) valide(s)</source>
            <translation>
                <numerusform>%n ligne valide</numerusform>
                <numerusform>%n lignes valides</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../dialogs/import_dialog.py" line="263" />
            <source>%n ligne(s) refusée(s)</source>
            <translation>
                <numerusform>%n ligne refusée</numerusform>
                <numerusform>%n lignes refusées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../dialogs/import_dialog.py" line="342" />
            <source>%n ligne(s) refusée(s) seraient écrites à côté du fichier.</source>
            <translation>
                <numerusform>%n ligne refusée serait écrite à côté du fichier.</numerusform>
                <numerusform>%n lignes refusées seraient écrites à côté du fichier.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../dialogs/import_dialog.py" line="348" />
            <source>… et %n autre(s) doublon(s)</source>
            <translation>
                <numerusform>… et %n autre doublon</numerusform>
                <numerusform>… et %n autres doublons</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PersonalDataDialog</name>
        <message numerus="yes">
            <location filename="../dialogs/personal_data_dialog.py" line="93" />
            <source>Contacts dont le dernier contact (ou, sans date de contact, la dernière modification) remonte à plus de %n an(s), la durée de conservation réglée dans les paramètres. Anonymiser efface ce qui identifie la personne et garde les statistiques des événements passés.</source>
            <translation>
                <numerusform>Contacts dont le dernier contact (ou, sans date de contact, la dernière modification) remonte à plus de %n an, la durée de conservation réglée dans les paramètres. Anonymiser efface ce qui identifie la personne et garde les statistiques des événements passés.</numerusform>
                <numerusform>Contacts dont le dernier contact (ou, sans date de contact, la dernière modification) remonte à plus de %n ans, la durée de conservation réglée dans les paramètres. Anonymiser efface ce qui identifie la personne et garde les statistiques des événements passés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../dialogs/personal_data_dialog.py" line="98" />
            <source>%n contact(s) à examiner</source>
            <translation>
                <numerusform>%n contact à examiner</numerusform>
                <numerusform>%n contacts à examiner</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../dialogs/personal_data_dialog.py" line="113" />
            <source>Anonymiser %n contact(s) ? Leurs noms, coordonnées et notes seront effacés définitivement ; leurs accréditations restent comptées.</source>
            <translation>
                <numerusform>Anonymiser %n contact ? Son nom, ses coordonnées et ses notes seront effacés définitivement ; ses accréditations restent comptées.</numerusform>
                <numerusform>Anonymiser %n contacts ? Leurs noms, coordonnées et notes seront effacés définitivement ; leurs accréditations restent comptées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../dialogs/personal_data_dialog.py" line="116" />
            <source>%n contact(s) anonymisé(s)</source>
            <translation>
                <numerusform>%n contact anonymisé</numerusform>
                <numerusform>%n contacts anonymisés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../dialogs/personal_data_dialog.py" line="121" />
            <source>Supprimer définitivement %n contact(s) et leurs accréditations ?</source>
            <translation>
                <numerusform>Supprimer définitivement %n contact et ses accréditations ?</numerusform>
                <numerusform>Supprimer définitivement %n contacts et leurs accréditations ?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../dialogs/personal_data_dialog.py" line="131" />
            <source>%n contact(s) supprimé(s)</source>
            <translation>
                <numerusform>%n contact supprimé</numerusform>
                <numerusform>%n contacts supprimés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../dialogs/personal_data_dialog.py" line="133" />
            <source>%n gardé(s) : nommé(s) dans un événement (remplacez-les depuis la page Contacts)</source>
            <translation>
                <numerusform>%n gardé : nommé dans un événement (remplacez-le depuis la page Contacts)</numerusform>
                <numerusform>%n gardés : nommés dans un événement (remplacez-les depuis la page Contacts)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message numerus="yes">
            <location filename="../dialogs/reason_dialog.py" line="25" />
            <source>Motif du refus (%n accréditation(s)) :</source>
            <translation>
                <numerusform>Motif du refus (%n accréditation) :</numerusform>
                <numerusform>Motif du refus (%n accréditations) :</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecordPage</name>
        <message numerus="yes">
            <location filename="../pages/record_page.py" line="221" />
            <source>%n fiche(s)</source>
            <translation>
                <numerusform>%n fiche</numerusform>
                <numerusform>%n fiches</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message numerus="yes">
            <location filename="../dialogs/settings_dialog.py" line="130" />
            <location filename="../dialogs/settings_dialog.py" line="131" />
            <source> an(s)</source>
            <translation>
                <numerusform> an</numerusform>
                <numerusform> ans</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AccreditationsPage</name>
        <message numerus="yes">
            <location filename="../pages/accreditations_page.py" line="49" />
            <source>%n accréditation(s) confirmée(s)</source>
            <translation>
                <numerusform>%n accréditation confirmée</numerusform>
                <numerusform>%n accréditations confirmées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../pages/accreditations_page.py" line="50" />
            <source>%n accréditation(s) refusée(s)</source>
            <translation>
                <numerusform>%n accréditation refusée</numerusform>
                <numerusform>%n accréditations refusées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../pages/accreditations_page.py" line="51" />
            <source>%n accréditation(s) en liste d'attente</source>
            <translation>
                <numerusform>%n accréditation en liste d'attente</numerusform>
                <numerusform>%n accréditations en liste d'attente</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../pages/accreditations_page.py" line="52" />
            <source>%n accréditation(s) annulée(s)</source>
            <translation>
                <numerusform>%n accréditation annulée</numerusform>
                <numerusform>%n accréditations annulées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../pages/accreditations_page.py" line="53" />
            <source>%n accréditation(s) remise(s) en demande</source>
            <translation>
                <numerusform>%n accréditation remise en demande</numerusform>
                <numerusform>%n accréditations remises en demande</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../pages/accreditations_page.py" line="306" />
            <source>%n admise(s) par un responsable</source>
            <translation>
                <numerusform>%n admise par un responsable</numerusform>
                <numerusform>%n admises par un responsable</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../pages/accreditations_page.py" line="376" />
            <source>Supprimer %n demande(s) d'accréditation : {0} ?</source>
            <translation>
                <numerusform>Supprimer %n demande d'accréditation : {0} ?</numerusform>
                <numerusform>Supprimer %n demandes d'accréditation : {0} ?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../pages/accreditations_page.py" line="384" />
            <source>%n demande(s) d'accréditation supprimée(s)</source>
            <translation>
                <numerusform>%n demande d'accréditation supprimée</numerusform>
                <numerusform>%n demandes d'accréditation supprimées</numerusform>
            </translation>
        </message>
    </context>
</TS>
