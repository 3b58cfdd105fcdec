<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Cannot write screenshot to %1</source>
        <translation>Bildschirmfoto kann nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>Operations dashboard for eventsd</source>
        <translation>Betriebs-Dashboard für eventsd</translation>
    </message>
    <message>
        <source>Page to show first.</source>
        <translation>Zuerst angezeigte Seite.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Render the window to a PNG file and exit (works offscreen).</source>
        <translation>Fenster als PNG-Datei speichern und beenden (funktioniert ohne Bildschirm).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Unknown page "%1"; pages: %2</source>
        <translation>Unbekannte Seite „%1“; Seiten: %2</translation>
    </message>
</context>
<context>
    <name>opsdash::BackendClient</name>
    <message>
        <source>no network access</source>
        <translation>kein Netzwerkzugriff</translation>
    </message>
    <message>
        <source>wrong e-mail or password</source>
        <translation>falsche E-Mail-Adresse oder falsches Passwort</translation>
    </message>
    <message>
        <source>the login answer has no access token</source>
        <translation>die Anmeldeantwort enthält kein Zugriffstoken</translation>
    </message>
    <message>
        <source>%1 refused the connection: is the backend running on port %2?</source>
        <translation>%1 hat die Verbindung abgelehnt: läuft das Backend auf Port %2?</translation>
    </message>
    <message>
        <source>host %1 not found (DNS)</source>
        <translation>Host %1 nicht gefunden (DNS)</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s (or the request was cancelled)</source>
        <translation>keine Antwort von %1 innerhalb von %2 s (oder die Anfrage wurde abgebrochen)</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>keine Antwort von %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <source>TLS with %1 failed: %2</source>
        <translation>TLS mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete</source>
        <translation>%1 hat die Verbindung vor Ende der Antwort geschlossen</translation>
    </message>
    <message>
        <source>the backend rejected the token (401): log in again</source>
        <translation>das Backend hat das Token abgelehnt (401): bitte neu anmelden</translation>
    </message>
    <message>
        <source>this account may not do that (403)%1</source>
        <translation>dieses Konto darf das nicht (403)%1</translation>
    </message>
    <message>
        <source>not offered by this backend (404)</source>
        <translation>von diesem Backend nicht angeboten (404)</translation>
    </message>
    <message>
        <source>the backend answered %1%2</source>
        <translation>das Backend antwortete %1%2</translation>
    </message>
    <message>
        <source>request to %1 failed: %2</source>
        <translation>Anfrage an %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About opsdash</source>
        <translation>&amp;Über opsdash</translation>
    </message>
    <message>
        <source>About opsdash</source>
        <translation>Über opsdash</translation>
    </message>
    <message>
        <source>&lt;b&gt;opsdash %1&lt;/b&gt;&lt;p&gt;Operations dashboard for the events-registration platform: application metrics, database internals and guarded maintenance actions in one window.&lt;/p&gt;</source>
        <translation>&lt;b&gt;opsdash %1&lt;/b&gt;&lt;p&gt;Betriebs-Dashboard für die Veranstaltungs-Anmeldeplattform: Anwendungsmetriken, Datenbank-Interna und abgesicherte Wartungsaktionen in einem Fenster.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>&lt;h1&gt;opsdash&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;opsdash&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>No connection profile yet. A profile names the backend instances and the PostgreSQL database to watch.</source>
        <translation>Noch kein Verbindungsprofil. Ein Profil nennt die zu beobachtenden Backend-Instanzen und die PostgreSQL-Datenbank.</translation>
    </message>
</context>
<context>
    <name>opsdash::PgConnection</name>
    <message>
        <source>Connection settings may not contain ';': %1</source>
        <translation>Verbindungseinstellungen dürfen kein „;“ enthalten: %1</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed; on Debian: apt install libqt6sql6-psql</source>
        <translation>Der Qt-PostgreSQL-Treiber (QPSQL) ist nicht installiert; unter Debian: apt install libqt6sql6-psql</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL at %1:%2 as %3: %4</source>
        <translation>Keine Verbindung zu PostgreSQL auf %1:%2 als %3: %4</translation>
    </message>
</context>
<context>
    <name>opsdash::PgMonitor</name>
    <message>
        <source>PostgreSQL statistics query failed: %1</source>
        <translation>Statistikabfrage an PostgreSQL fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>opsdash::backend</name>
    <message>
        <source>expected a number, got %1</source>
        <translation>Zahl erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected text, got %1</source>
        <translation>Text erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>true oder false erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>Objekt erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>Array erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a JSON array</source>
        <translation>JSON-Array erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
</context>
<context>
    <name>opsdash::format</name>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>TiB</source>
        <translation>TiB</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
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
        <translation>%1 Std. %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 Std.</translation>
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
