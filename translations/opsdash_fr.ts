<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>main</name>
    <message>
        <source>Cannot write screenshot to %1</source>
        <translation>Impossible d’écrire la capture d’écran dans %1</translation>
    </message>
    <message>
        <source>Operations dashboard for eventsd</source>
        <translation>Tableau de bord d’exploitation pour eventsd</translation>
    </message>
    <message>
        <source>Page to show first.</source>
        <translation>Page affichée au démarrage.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Render the window to a PNG file and exit (works offscreen).</source>
        <translation>Enregistrer la fenêtre dans un fichier PNG et quitter (fonctionne sans écran).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Unknown page "%1"; pages: %2</source>
        <translation>Page « %1 » inconnue ; pages : %2</translation>
    </message>
</context>
<context>
    <name>opsdash::BackendClient</name>
    <message>
        <source>no network access</source>
        <translation>pas d’accès réseau</translation>
    </message>
    <message>
        <source>wrong e-mail or password</source>
        <translation>adresse e-mail ou mot de passe incorrect</translation>
    </message>
    <message>
        <source>the login answer has no access token</source>
        <translation>la réponse de connexion ne contient pas de jeton d’accès</translation>
    </message>
    <message>
        <source>%1 refused the connection: is the backend running on port %2?</source>
        <translation>%1 a refusé la connexion : le backend tourne-t-il sur le port %2 ?</translation>
    </message>
    <message>
        <source>host %1 not found (DNS)</source>
        <translation>hôte %1 introuvable (DNS)</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s (or the request was cancelled)</source>
        <translation>pas de réponse de %1 en %2 s (ou la requête a été annulée)</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>pas de réponse de %1 en %2 s</translation>
    </message>
    <message>
        <source>TLS with %1 failed: %2</source>
        <translation>échec TLS avec %1 : %2</translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete</source>
        <translation>%1 a fermé la connexion avant la fin de la réponse</translation>
    </message>
    <message>
        <source>the backend rejected the token (401): log in again</source>
        <translation>le backend a refusé le jeton (401) : reconnectez-vous</translation>
    </message>
    <message>
        <source>this account may not do that (403)%1</source>
        <translation>ce compte n’a pas ce droit (403)%1</translation>
    </message>
    <message>
        <source>not offered by this backend (404)</source>
        <translation>non proposé par ce backend (404)</translation>
    </message>
    <message>
        <source>the backend answered %1%2</source>
        <translation>le backend a répondu %1%2</translation>
    </message>
    <message>
        <source>request to %1 failed: %2</source>
        <translation>échec de la requête vers %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>opsdash::MainWindow</name>
    <message>
        <source>opsdash</source>
        <translation>opsdash</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About opsdash</source>
        <translation>À &amp;propos d’opsdash</translation>
    </message>
    <message>
        <source>About opsdash</source>
        <translation>À propos d’opsdash</translation>
    </message>
    <message>
        <source>&lt;b&gt;opsdash %1&lt;/b&gt;&lt;p&gt;Operations dashboard for the events-registration platform: application metrics, database internals and guarded maintenance actions in one window.&lt;/p&gt;</source>
        <translation>&lt;b&gt;opsdash %1&lt;/b&gt;&lt;p&gt;Tableau de bord d’exploitation de la plateforme d’inscription aux événements : métriques applicatives, fonctionnement interne de la base de données et actions de maintenance protégées dans une seule fenêtre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>&lt;h1&gt;opsdash&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;opsdash&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>No connection profile yet. A profile names the backend instances and the PostgreSQL database to watch.</source>
        <translation>Aucun profil de connexion. Un profil désigne les instances du backend et la base PostgreSQL à surveiller.</translation>
    </message>
</context>
<context>
    <name>opsdash::PgConnection</name>
    <message>
        <source>Connection settings may not contain ';': %1</source>
        <translation>Les paramètres de connexion ne peuvent pas contenir « ; » : %1</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed; on Debian: apt install libqt6sql6-psql</source>
        <translation>Le pilote PostgreSQL de Qt (QPSQL) n’est pas installé ; sous Debian : apt install libqt6sql6-psql</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL at %1:%2 as %3: %4</source>
        <translation>Connexion à PostgreSQL sur %1:%2 en tant que %3 impossible : %4</translation>
    </message>
</context>
<context>
    <name>opsdash::PgMonitor</name>
    <message>
        <source>PostgreSQL statistics query failed: %1</source>
        <translation>échec de la requête de statistiques PostgreSQL : %1</translation>
    </message>
</context>
<context>
    <name>opsdash::backend</name>
    <message>
        <source>expected a number, got %1</source>
        <translation>nombre attendu, reçu : %1</translation>
    </message>
    <message>
        <source>expected text, got %1</source>
        <translation>texte attendu, reçu : %1</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>true ou false attendu, reçu : %1</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>objet attendu, reçu : %1</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>tableau attendu, reçu : %1</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON invalide à l’octet %1 : %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>objet JSON attendu</translation>
    </message>
    <message>
        <source>expected a JSON array</source>
        <translation>tableau JSON attendu</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
</context>
<context>
    <name>opsdash::format</name>
    <message>
        <source>KiB</source>
        <translation>Kio</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>Gio</translation>
    </message>
    <message>
        <source>TiB</source>
        <translation>Tio</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 o</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 /s</source>
        <translation>%1 /s</translation>
    </message>
</context>
</TS>
