<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>HelpDialogs</name>
    <message>
        <source>&lt;h3&gt;opsdash %1&lt;/h3&gt;&lt;p&gt;Operations dashboard for the events-registration platform: application metrics, database internals and guarded maintenance actions in one window.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;opsdash %1&lt;/h3&gt;&lt;p&gt;Betriebs-Dashboard für die Veranstaltungs-Anmeldeplattform: Anwendungsmetriken, Datenbank-Interna und abgesicherte Wartungsaktionen in einem Fenster.&lt;/p&gt;&lt;p&gt;Gebaut mit Qt %2, läuft unter Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Copy the selected rows of a table</source>
        <translation>Die ausgewählten Zeilen einer Tabelle kopieren</translation>
    </message>
    <message>
        <source>Leave a filter or dialog</source>
        <translation>Einen Filter oder Dialog verlassen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Operations dashboard for eventsd</source>
        <translation>Betriebs-Dashboard für eventsd</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>cannot write screenshot to %1</source>
        <translation>Bildschirmfoto kann nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>Connection profile to open.</source>
        <translation>Zu öffnendes Verbindungsprofil.</translation>
    </message>
    <message>
        <source>Backend base URL (repeat or comma-separate for instances).</source>
        <translation>Basis-URL des Backends (wiederholen oder mit Kommas trennen für Instanzen).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Backend bearer token (default: $OPSDASH_TOKEN).</source>
        <translation>Bearer-Token für das Backend (Standard: $OPSDASH_TOKEN).</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>PostgreSQL connection string or URI to monitor.</source>
        <translation>Zu überwachende PostgreSQL-Verbindungszeichenkette oder -URI.</translation>
    </message>
    <message>
        <source>conninfo</source>
        <translation>conninfo</translation>
    </message>
    <message>
        <source>Render the live window to a PNG file and exit (works offscreen).</source>
        <translation>Das Live-Fenster als PNG-Datei speichern und beenden (funktioniert ohne Bildschirm).</translation>
    </message>
    <message>
        <source>With --screenshot: seconds to wait (default: until a few ticks of data arrived).</source>
        <translation>Mit --screenshot: Wartezeit in Sekunden (Standard: bis einige Datenpunkte angekommen sind).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>system, light or dark.</source>
        <translation>system, light oder dark.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Keep secrets in memory only; never ask the keychain.</source>
        <translation>Geheimnisse nur im Speicher halten, nie den Schlüsselbund fragen.</translation>
    </message>
    <message>
        <source>unknown page &quot;%1&quot;; pages: %2</source>
        <translation>unbekannte Seite „%1“; Seiten: %2</translation>
    </message>
    <message>
        <source>Page to show first: %1.</source>
        <translation>Zuerst gezeigte Seite: %1.</translation>
    </message>
    <message>
        <source>Event to select on the events page.</source>
        <translation>Auf der Veranstaltungsseite auszuwählende Veranstaltung.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>--event takes an event id, a positive integer</source>
        <translation>--event erwartet eine Veranstaltungs-ID, eine positive ganze Zahl</translation>
    </message>
    <message>
        <source>Role for VACUUM/ANALYZE/REINDEX from the health page (password: $OPSDASH_MAINTENANCE_PASSWORD).</source>
        <translation>Rolle für VACUUM/ANALYZE/REINDEX auf der Seite „health“ (Passwort: $OPSDASH_MAINTENANCE_PASSWORD).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>pgbouncer in front of the database, read with the database&apos;s role.</source>
        <translation>pgbouncer vor der Datenbank, gelesen mit der Rolle der Datenbank.</translation>
    </message>
    <message>
        <source>[host:]port</source>
        <translation>[Host:]Port</translation>
    </message>
    <message>
        <source>Prometheus (HTTP API v1) that scrapes the backend: history, long ranges, the fleet (token: $OPSDASH_PROMETHEUS_TOKEN).</source>
        <translation>Prometheus (HTTP-API v1), das das Backend abfragt: Verlauf, lange Zeiträume, die Flotte (Token: $OPSDASH_PROMETHEUS_TOKEN).</translation>
    </message>
    <message>
        <source>Alertmanager for the alerts page and silences.</source>
        <translation>Alertmanager für die Alarmseite und Stummschaltungen.</translation>
    </message>
    <message>
        <source>Time range of the charts: %1.</source>
        <translation>Zeitraum der Diagramme: %1.</translation>
    </message>
    <message>
        <source>range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>unknown range &quot;%1&quot;; ranges: %2</source>
        <translation>unbekannter Zeitraum „%1“; Zeiträume: %2</translation>
    </message>
</context>
<context>
    <name>opsdash::ActionLog</name>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
</context>
<context>
    <name>opsdash::ActionPipeline</name>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>measuring for %1…</source>
        <translation>misst %1 lang…</translation>
    </message>
    <message>
        <source>Silence the database&apos;s alerts in Alertmanager while it runs</source>
        <translation>Die Alarme der Datenbank in Alertmanager stummschalten, solange es läuft</translation>
    </message>
    <message>
        <source>%1 on %2, from opsdash; expired when it ends</source>
        <translation>%1 auf %2, aus opsdash; endet, wenn es fertig ist</translation>
    </message>
    <message>
        <source> · database alerts not silenced: %1</source>
        <translation> · Datenbankalarme nicht stummgeschaltet: %1</translation>
    </message>
    <message>
        <source> · database alerts silenced (%1)</source>
        <translation> · Datenbankalarme stummgeschaltet (%1)</translation>
    </message>
    <message>
        <source> · silence %1 expired</source>
        <translation> · Stummschaltung %1 beendet</translation>
    </message>
    <message>
        <source> · silence %1 not expired: %2</source>
        <translation> · Stummschaltung %1 nicht beendet: %2</translation>
    </message>
</context>
<context>
    <name>opsdash::ActionsPage</name>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation>Instanz:</translation>
    </message>
    <message>
        <source>Force GC…</source>
        <translation>GC erzwingen…</translation>
    </message>
    <message>
        <source>Optimize database…</source>
        <translation>Datenbank optimieren…</translation>
    </message>
    <message>
        <source>Clear metrics…</source>
        <translation>Metriken löschen…</translation>
    </message>
    <message>
        <source>(this profile has no backend)</source>
        <translation>(dieses Profil hat kein Backend)</translation>
    </message>
    <message>
        <source>Actions log</source>
        <translation>Aktionsprotokoll</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
</context>
<context>
    <name>opsdash::AlertEngine</name>
    <message>
        <source>API p95 latency</source>
        <translation>API-p95-Latenz</translation>
    </message>
    <message>
        <source>DB query time</source>
        <translation>DB-Abfragezeit</translation>
    </message>
    <message>
        <source>Pool waiting clients</source>
        <translation>Wartende Pool-Clients</translation>
    </message>
    <message>
        <source>Heap usage</source>
        <translation>Heap-Auslastung</translation>
    </message>
    <message>
        <source>Cache hit rate</source>
        <translation>Cache-Trefferquote</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4</source>
        <translation>%1 %2 %3 %4</translation>
    </message>
    <message>
        <source>%1 back to %2</source>
        <translation>%1 wieder bei %2</translation>
    </message>
    <message>
        <source>Jobs waiting</source>
        <translation>Wartende Jobs</translation>
    </message>
    <message>
        <source>Dead jobs</source>
        <translation>Tote Jobs</translation>
    </message>
</context>
<context>
    <name>opsdash::AlertmanagerClient</name>
    <message>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a silence id</source>
        <translation>„%1“ ist keine ID einer Stummschaltung</translation>
    </message>
</context>
<context>
    <name>opsdash::AlertsController</name>
    <message>
        <source>This profile has no Alertmanager: add its URL in the profile (or start with --alertmanager URL) to see its alerts and silences here.</source>
        <translation>Dieses Profil hat keinen Alertmanager: tragen Sie seine URL im Profil ein (oder starten Sie mit --alertmanager URL), um hier seine Alarme und Stummschaltungen zu sehen.</translation>
    </message>
    <message>
        <source>opsdash&apos;s own alerts exist only while this window is open.</source>
        <translation>opsdashs eigene Alarme gibt es nur, solange dieses Fenster offen ist.</translation>
    </message>
    <message>
        <source>Alertmanager: %1 alerts (%2 active) · read at %3</source>
        <translation>Alertmanager: %1 Alarme (%2 aktiv) · gelesen um %3</translation>
    </message>
    <message>
        <source>Alertmanager: %1</source>
        <translation>Alertmanager: %1</translation>
    </message>
    <message>
        <source>Create silence</source>
        <translation>Stummschaltung anlegen</translation>
    </message>
    <message>
        <source>Alertmanager will hold back notifications of every alert matching %1 for %2.</source>
        <translation>Alertmanager hält die Benachrichtigungen aller Alarme, die auf %1 passen, für %2 zurück.</translation>
    </message>
    <message>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <source>%1 for %2: %3</source>
        <translation>%1 für %2: %3</translation>
    </message>
    <message>
        <source>no Alertmanager</source>
        <translation>kein Alertmanager</translation>
    </message>
    <message>
        <source>silence %1</source>
        <translation>Stummschaltung %1</translation>
    </message>
    <message>
        <source>Expire silence</source>
        <translation>Stummschaltung beenden</translation>
    </message>
    <message>
        <source>Alerts matching %1 notify again at once.</source>
        <translation>Alarme, die auf %1 passen, benachrichtigen sofort wieder.</translation>
    </message>
    <message>
        <source>silence %1 (%2)</source>
        <translation>Stummschaltung %1 (%2)</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>beendet</translation>
    </message>
</context>
<context>
    <name>opsdash::AlertsPage</name>
    <message>
        <source>Silence this alert…</source>
        <translation>Diesen Alarm stummschalten…</translation>
    </message>
    <message>
        <source>New silence…</source>
        <translation>Neue Stummschaltung…</translation>
    </message>
    <message>
        <source>Expire silence…</source>
        <translation>Stummschaltung beenden…</translation>
    </message>
    <message>
        <source>Alertmanager: active alerts</source>
        <translation>Alertmanager: aktive Alarme</translation>
    </message>
    <message>
        <source>opsdash&apos;s own alerts (this window)</source>
        <translation>opsdashs eigene Alarme (dieses Fenster)</translation>
    </message>
    <message>
        <source>Silences</source>
        <translation>Stummschaltungen</translation>
    </message>
</context>
<context>
    <name>opsdash::Annotations</name>
    <message>
        <source>%1 started</source>
        <translation>%1 gestartet</translation>
    </message>
    <message>
        <source>%1: version %2 → %3</source>
        <translation>%1: Version %2 → %3</translation>
    </message>
</context>
<context>
    <name>opsdash::ApiController</name>
    <message>
        <source>Not offered by this backend (an eventsd extension; it answers 404).</source>
        <translation>Von diesem Backend nicht angeboten (eine eventsd-Erweiterung; sie antwortet 404).</translation>
    </message>
    <message>
        <source>This profile has no database: the Queries page is not there.</source>
        <translation>Dieses Profil hat keine Datenbank: Die Seite „Abfragen“ gibt es nicht.</translation>
    </message>
    <message>
        <source>Not on the Queries page: pg_stat_statements has no calls of it in the selected range, or the page&apos;s filters hide it.</source>
        <translation>Nicht auf der Seite „Abfragen“: pg_stat_statements hat im gewählten Zeitraum keine Aufrufe davon, oder die Filter der Seite verbergen sie.</translation>
    </message>
</context>
<context>
    <name>opsdash::ApiPage</name>
    <message>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>avg</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Slow queries</source>
        <translation>Langsame Abfragen</translation>
    </message>
    <message>
        <source>slow queries/min</source>
        <translation>langsame Abfragen/min</translation>
    </message>
    <message>
        <source>Endpoints (slowest first)</source>
        <translation>Endpunkte (langsamste zuerst)</translation>
    </message>
    <message>
        <source>p95 threshold</source>
        <translation>p95-Schwelle</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Percentiles are not offered by this backend; averages only.</source>
        <translation>Dieses Backend bietet keine Perzentile, nur Mittelwerte.</translation>
    </message>
    <message>
        <source>Choose an endpoint to see where its time goes.</source>
        <translation>Wählen Sie einen Endpunkt, um zu sehen, wofür seine Zeit draufgeht.</translation>
    </message>
    <message>
        <source>Its statements (costliest first)</source>
        <translation>Seine Anweisungen (teuerste zuerst)</translation>
    </message>
    <message>
        <source>Open on the Queries page</source>
        <translation>Auf der Seite „Abfragen“ öffnen</translation>
    </message>
    <message>
        <source>Where %1 spends its time</source>
        <translation>Wofür %1 seine Zeit braucht</translation>
    </message>
    <message>
        <source>Asking the backend…</source>
        <translation>Frage das Backend…</translation>
    </message>
    <message>
        <source>The backend has no figures for this endpoint since its last clear.</source>
        <translation>Das Backend hat seit dem letzten Zurücksetzen keine Werte für diesen Endpunkt.</translation>
    </message>
    <message>
        <source>database %1 · waiting for a connection %2 · cache %3 · handler %4 — %5 statements per request, %6 requests averaging %7</source>
        <translation>Datenbank %1 · Warten auf eine Verbindung %2 · Cache %3 · Handler %4 — %5 Anweisungen pro Anfrage, %6 Anfragen mit durchschnittlich %7</translation>
    </message>
</context>
<context>
    <name>opsdash::BackendActions</name>
    <message>
        <source>Removes every cache entry whose key matches “%1” from %2. The next requests for them go to the database until the cache is warm again. p95 latency and the hit rate of the minute before and the minute after are recorded.</source>
        <translation>Entfernt jeden Cache-Eintrag, dessen Schlüssel auf “%1” passt, aus %2. Die nächsten Anfragen danach gehen an die Datenbank, bis der Cache wieder warm ist. p95-Latenz und Trefferquote der Minute davor und danach werden festgehalten.</translation>
    </message>
    <message>
        <source>the shared Redis cache and the memory cache of every instance</source>
        <translation>dem gemeinsamen Redis-Cache und dem Speicher-Cache jeder Instanz</translation>
    </message>
    <message>
        <source>this instance&apos;s memory cache and the shared Redis cache</source>
        <translation>dem Speicher-Cache dieser Instanz und dem gemeinsamen Redis-Cache</translation>
    </message>
    <message>
        <source>Asks the backend to collect garbage and return free memory now. Heap and RSS before and after are recorded.</source>
        <translation>Bittet das Backend, jetzt den Speicher aufzuräumen und freien Speicher zurückzugeben. Heap und RSS davor und danach werden festgehalten.</translation>
    </message>
    <message>
        <source>Asks the backend to optimize the database (ANALYZE of its tables). It reads every table once and may slow queries down while it runs. p95 latency and the DB query time of the minute before and after are recorded.</source>
        <translation>Bittet das Backend, die Datenbank zu optimieren (ANALYZE ihrer Tabellen). Dabei wird jede Tabelle einmal gelesen; Abfragen können währenddessen langsamer werden. p95-Latenz und DB-Abfragezeit der Minute davor und danach werden festgehalten.</translation>
    </message>
    <message>
        <source>Sets the heap usage above which the backend acts to “%1”.</source>
        <translation>Setzt die Heap-Auslastung, ab der das Backend handelt, auf “%1”.</translation>
    </message>
    <message>
        <source>Clears the query and request metrics the backend has collected (slow queries, endpoint statistics). opsdash keeps its own history.</source>
        <translation>Löscht die vom Backend gesammelten Abfrage- und Anfragemetriken (langsame Abfragen, Endpunkt-Statistiken). opsdash behält seinen eigenen Verlauf.</translation>
    </message>
    <message>
        <source>pattern %1, scope %2</source>
        <translation>Muster %1, Bereich %2</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>the backend client is gone</source>
        <translation>der Backend-Client ist nicht mehr da</translation>
    </message>
    <message>
        <source>%1 (%2 keys)</source>
        <translation>%1 (%2 Schlüssel)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>p95 %1</source>
        <translation>p95 %1</translation>
    </message>
    <message>
        <source>hit rate %1</source>
        <translation>Trefferquote %1</translation>
    </message>
    <message>
        <source>DB query %1</source>
        <translation>DB-Abfrage %1</translation>
    </message>
    <message>
        <source>no figures</source>
        <translation>keine Werte</translation>
    </message>
    <message>
        <source>heap used %1, RSS %2</source>
        <translation>Heap belegt %1, RSS %2</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>Schwelle %1</translation>
    </message>
    <message>
        <source>usage %1</source>
        <translation>Auslastung %1</translation>
    </message>
    <message>
        <source>%1 requests, %2 queries recorded</source>
        <translation>%1 Anfragen, %2 Abfragen erfasst</translation>
    </message>
    <message>
        <source>Invalidate cache</source>
        <translation>Cache invalidieren</translation>
    </message>
    <message>
        <source>Force GC</source>
        <translation>GC erzwingen</translation>
    </message>
    <message>
        <source>Optimize database</source>
        <translation>Datenbank optimieren</translation>
    </message>
    <message>
        <source>Set memory threshold</source>
        <translation>Speicherschwelle setzen</translation>
    </message>
    <message>
        <source>Clear metrics</source>
        <translation>Metriken löschen</translation>
    </message>
    <message>
        <source>all instances of %1 (sent to %2)</source>
        <translation>alle Instanzen von %1 (gesendet an %2)</translation>
    </message>
    <message>
        <source>%1 (profile %2)</source>
        <translation>%1 (Profil %2)</translation>
    </message>
    <message>
        <source>all instances</source>
        <translation>alle Instanzen</translation>
    </message>
    <message>
        <source>Puts the dead job %1 of the queue “%2” back into the queue with a fresh count of attempts. Its handler runs again; the queue&apos;s figures before and after are recorded.</source>
        <translation>Stellt den toten Job %1 der Warteschlange „%2“ mit neu gezählten Versuchen zurück in die Warteschlange. Sein Handler läuft erneut; die Werte der Warteschlange davor und danach werden festgehalten.</translation>
    </message>
    <message>
        <source>Puts every dead job of the queue “%1” back into the queue with a fresh count of attempts. If what made them fail still holds, they fail again.</source>
        <translation>Stellt jeden toten Job der Warteschlange „%1“ mit neu gezählten Versuchen zurück in die Warteschlange. Besteht die Ursache noch, scheitern sie erneut.</translation>
    </message>
    <message>
        <source>Deletes every dead job of the queue “%1” for good: their errors are gone and they cannot be retried.</source>
        <translation>Löscht jeden toten Job der Warteschlange „%1“ endgültig: ihre Fehler sind weg und sie können nicht wiederholt werden.</translation>
    </message>
    <message>
        <source>Stops the workers of every instance from taking new jobs of the queue “%1”. Jobs keep arriving and wait; running ones finish.</source>
        <translation>Hält die Worker aller Instanzen davon ab, neue Jobs der Warteschlange „%1“ zu nehmen. Jobs kommen weiter an und warten; laufende werden fertig.</translation>
    </message>
    <message>
        <source>Lets the workers take jobs of the queue “%1” again.</source>
        <translation>Lässt die Worker wieder Jobs der Warteschlange „%1“ nehmen.</translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation>Warteschlange %1</translation>
    </message>
    <message>
        <source>queue %1, job %2 (entry %3)</source>
        <translation>Warteschlange %1, Job %2 (Eintrag %3)</translation>
    </message>
    <message>
        <source>queue %1 paused</source>
        <translation>Warteschlange %1 angehalten</translation>
    </message>
    <message>
        <source>queue %1 resumed</source>
        <translation>Warteschlange %1 fortgesetzt</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) purged</source>
        <translation>
            <numerusform>%n Job entfernt</numerusform>
            <numerusform>%n Jobs entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) back in the queue</source>
        <translation>
            <numerusform>%n Job zurück in der Warteschlange</numerusform>
            <numerusform>%n Jobs zurück in der Warteschlange</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting %1, active %2, delayed %3, dead %4%5</source>
        <translation>wartend %1, aktiv %2, verzögert %3, tot %4%5</translation>
    </message>
    <message>
        <source>, paused</source>
        <translation>, angehalten</translation>
    </message>
    <message>
        <source>Queue action</source>
        <translation>Warteschlangen-Aktion</translation>
    </message>
    <message>
        <source>Retry dead job</source>
        <translation>Toten Job wiederholen</translation>
    </message>
    <message>
        <source>Retry all dead jobs</source>
        <translation>Alle toten Jobs wiederholen</translation>
    </message>
    <message>
        <source>Purge dead jobs</source>
        <translation>Tote Jobs entfernen</translation>
    </message>
    <message>
        <source>Pause queue</source>
        <translation>Warteschlange anhalten</translation>
    </message>
    <message>
        <source>Resume queue</source>
        <translation>Warteschlange fortsetzen</translation>
    </message>
</context>
<context>
    <name>opsdash::BackendClient</name>
    <message>
        <source>wrong e-mail or password</source>
        <translation>falsche E-Mail-Adresse oder falsches Passwort</translation>
    </message>
    <message>
        <source>the login answer has no access token</source>
        <translation>die Anmeldeantwort enthält kein Zugriffstoken</translation>
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
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the backend</source>
        <translation>das Backend</translation>
    </message>
</context>
<context>
    <name>opsdash::BackendEvents</name>
    <message>
        <source>This backend does not offer an event’s summary (an eventsd extension); a profile with a database shows the figures from PostgreSQL.</source>
        <translation>Dieses Backend bietet keine Zusammenfassung einer Veranstaltung (eine eventsd-Erweiterung); ein Profil mit Datenbank zeigt die Zahlen aus PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>opsdash::CachePage</name>
    <message>
        <source>Invalidate cache</source>
        <translation>Cache invalidieren</translation>
    </message>
    <message>
        <source>key pattern, e.g. events:*</source>
        <translation>Schlüsselmuster, z. B. events:*</translation>
    </message>
    <message>
        <source>this instance</source>
        <translation>diese Instanz</translation>
    </message>
    <message>
        <source>all instances</source>
        <translation>alle Instanzen</translation>
    </message>
    <message>
        <source>Pattern:</source>
        <translation>Muster:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <source>Cache hit rate</source>
        <translation>Cache-Trefferquote</translation>
    </message>
    <message>
        <source>hit rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Hits and misses</source>
        <translation>Treffer und Fehlgriffe</translation>
    </message>
    <message>
        <source>hits/s</source>
        <translation>Treffer/s</translation>
    </message>
    <message>
        <source>misses/s</source>
        <translation>Fehlgriffe/s</translation>
    </message>
    <message>
        <source>Invalidate on all instances…</source>
        <translation>Auf allen Instanzen invalidieren…</translation>
    </message>
    <message>
        <source>Invalidate on this instance…</source>
        <translation>Auf dieser Instanz invalidieren…</translation>
    </message>
    <message>
        <source>alert threshold</source>
        <translation>Alarmschwelle</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;td align=right&gt;%5&lt;/td&gt;&lt;td align=right&gt;%6&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;td align=right&gt;%5&lt;/td&gt;&lt;td align=right&gt;%6&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=8&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;keys&lt;/th&gt;&lt;th&gt;bytes&lt;/th&gt;&lt;th&gt;hits&lt;/th&gt;&lt;th&gt;misses&lt;/th&gt;&lt;th&gt;hit rate&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table cellspacing=8&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;Schlüssel&lt;/th&gt;&lt;th&gt;Bytes&lt;/th&gt;&lt;th&gt;Treffer&lt;/th&gt;&lt;th&gt;Fehlgriffe&lt;/th&gt;&lt;th&gt;Trefferquote&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>L1 (memory)</source>
        <translation>L1 (Speicher)</translation>
    </message>
    <message>
        <source>L2 (Redis)</source>
        <translation>L2 (Redis)</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;All&lt;/b&gt;&lt;/td&gt;&lt;td align=right&gt;%1&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;td align=right&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Gesamt&lt;/b&gt;&lt;/td&gt;&lt;td align=right&gt;%1&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;td align=right&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>opsdash::ChartWidget</name>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>pro Sekunde</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>pro Minute</translation>
    </message>
    <message>
        <source>Export chart as PNG…</source>
        <translation>Diagramm als PNG exportieren…</translation>
    </message>
    <message>
        <source>%1
%2 at %3</source>
        <translation>%1
%2 um %3</translation>
    </message>
    <message>
        <source>%1 /min</source>
        <translation>%1 /min</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>opsdash::ConfirmDialog</name>
    <message>
        <source>Confirm: %1</source>
        <translation>Bestätigen: %1</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>This is a &lt;b&gt;production&lt;/b&gt; profile. Type &lt;b&gt;%1&lt;/b&gt; to confirm.</source>
        <translation>Dies ist ein &lt;b&gt;Produktions&lt;/b&gt;profil. Zum Bestätigen &lt;b&gt;%1&lt;/b&gt; eingeben.</translation>
    </message>
</context>
<context>
    <name>opsdash::ConnectionTest</name>
    <message>
        <source>✘ the profile has neither a backend URL nor a database</source>
        <translation>✘ das Profil hat weder eine Backend-URL noch eine Datenbank</translation>
    </message>
    <message>
        <source>✘ %1: login as %2 failed: %3</source>
        <translation>✘ %1: Anmeldung als %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>✘ %1: this account may not read the performance API (403): use an operator or admin account</source>
        <translation>✘ %1: dieses Konto darf die Performance-API nicht lesen (403): ein Operator- oder Admin-Konto verwenden</translation>
    </message>
    <message>
        <source>✘ %1: %2</source>
        <translation>✘ %1: %2</translation>
    </message>
    <message>
        <source>✘ %1 answers, but not with the performance API&apos;s shape: %2</source>
        <translation>✘ %1 antwortet, aber nicht im Format der Performance-API: %2</translation>
    </message>
    <message>
        <source>✔ %1: performance API answers (%2, up %3)</source>
        <translation>✔ %1: Performance-API antwortet (%2, läuft seit %3)</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>Version unbekannt</translation>
    </message>
    <message>
        <source>✘ PostgreSQL %1: %2</source>
        <translation>✘ PostgreSQL %1: %2</translation>
    </message>
    <message>
        <source>✔ PostgreSQL %1: connected to %2 as %3</source>
        <translation>✔ PostgreSQL %1: verbunden mit %2 als %3</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
</context>
<context>
    <name>opsdash::Controller</name>
    <message>
        <source>command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>invalid backend URL: %1</source>
        <translation>ungültige Backend-URL: %1</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot;; profiles: %2</source>
        <translation>kein Profil namens „%1“; Profile: %2</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>Backend password for %1:</source>
        <translation>Backend-Passwort für %1:</translation>
    </message>
    <message>
        <source>No keychain service is available (%1): passwords and tokens are kept in memory for this session only and will be asked for again next time.</source>
        <translation>Kein Schlüsselbund-Dienst verfügbar (%1): Passwörter und Token bleiben nur für diese Sitzung im Speicher und werden beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <source>--pgbouncer takes [HOST:]PORT, not %1</source>
        <translation>--pgbouncer erwartet [HOST:]PORT, nicht %1</translation>
    </message>
    <message>
        <source>invalid URL: %1</source>
        <translation>ungültige URL: %1</translation>
    </message>
</context>
<context>
    <name>opsdash::DashboardPage</name>
    <message>
        <source>This profile has no backend: add its URL in the profile to see application figures.</source>
        <translation>Dieses Profil hat kein Backend: seine URL im Profil eintragen, um Anwendungswerte zu sehen.</translation>
    </message>
    <message>
        <source>Waiting for the backend…</source>
        <translation>Warte auf das Backend…</translation>
    </message>
    <message>
        <source>This profile has no database: add PostgreSQL&apos;s host and database to see its own figures.</source>
        <translation>Dieses Profil hat keine Datenbank: Host und Datenbank von PostgreSQL eintragen, um dessen eigene Werte zu sehen.</translation>
    </message>
    <message>
        <source>PostgreSQL: %1</source>
        <translation>PostgreSQL: %1</translation>
    </message>
    <message>
        <source>Waiting for PostgreSQL…</source>
        <translation>Warte auf PostgreSQL…</translation>
    </message>
    <message>
        <source>Not offered by this backend (an eventsd extension; it answers 404).</source>
        <translation>Von diesem Backend nicht angeboten (eine eventsd-Erweiterung; es antwortet 404).</translation>
    </message>
</context>
<context>
    <name>opsdash::DatabasePage</name>
    <message>
        <source>Optimize database…</source>
        <translation>Datenbank optimieren…</translation>
    </message>
    <message>
        <source>Asks the backend to refresh statistics and clean up (its /performance/database/optimize).</source>
        <translation>Bittet das Backend, Statistiken zu aktualisieren und aufzuräumen (sein /performance/database/optimize).</translation>
    </message>
    <message>
        <source>Connection pool</source>
        <translation>Verbindungspool</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>Transactions per second (PostgreSQL)</source>
        <translation>Transaktionen pro Sekunde (PostgreSQL)</translation>
    </message>
    <message>
        <source>commits</source>
        <translation>Commits</translation>
    </message>
    <message>
        <source>rollbacks</source>
        <translation>Rollbacks</translation>
    </message>
    <message>
        <source>Buffer cache hit ratio (PostgreSQL)</source>
        <translation>Puffer-Cache-Trefferquote (PostgreSQL)</translation>
    </message>
    <message>
        <source>hit ratio</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Sessions by state (PostgreSQL)</source>
        <translation>Sitzungen nach Zustand (PostgreSQL)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>idle in transaction</source>
        <translation>untätig in Transaktion</translation>
    </message>
    <message>
        <source>waiting on a lock</source>
        <translation>wartet auf Sperre</translation>
    </message>
    <message>
        <source>Slow queries</source>
        <translation>Langsame Abfragen</translation>
    </message>
    <message>
        <source>Query frequency</source>
        <translation>Abfragehäufigkeit</translation>
    </message>
    <message>
        <source>&lt;b&gt;Database&lt;/b&gt; %1 · %2 tables · %3 indexes · %4 connections</source>
        <translation>&lt;b&gt;Datenbank&lt;/b&gt; %1 · %2 Tabellen · %3 Indizes · %4 Verbindungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Database&lt;/b&gt; size and counts arrive with the next poll</source>
        <translation>&lt;b&gt;Datenbank&lt;/b&gt;: Größe und Zahlen kommen mit der nächsten Abfrage</translation>
    </message>
    <message>
        <source>&lt;b&gt;PostgreSQL&lt;/b&gt; %1 · %2 client sessions · longest transaction %3</source>
        <translation>&lt;b&gt;PostgreSQL&lt;/b&gt; %1 · %2 Client-Sitzungen · längste Transaktion %3</translation>
    </message>
    <message>
        <source>Statement statistics →</source>
        <translation>Anweisungsstatistik →</translation>
    </message>
    <message>
        <source>Sessions and locks →</source>
        <translation>Sitzungen und Sperren →</translation>
    </message>
    <message>
        <source>Tables, indexes, maintenance →</source>
        <translation>Tabellen, Indizes, Wartung →</translation>
    </message>
    <message>
        <source>pgbouncer pools</source>
        <translation>pgbouncer-Pools</translation>
    </message>
    <message>
        <source>clients active</source>
        <translation>Clients aktiv</translation>
    </message>
    <message>
        <source>clients waiting</source>
        <translation>Clients wartend</translation>
    </message>
    <message>
        <source>servers active</source>
        <translation>Server aktiv</translation>
    </message>
    <message>
        <source>servers idle</source>
        <translation>Server frei</translation>
    </message>
    <message>
        <source>pgbouncer longest client wait</source>
        <translation>pgbouncer: längste Wartezeit eines Clients</translation>
    </message>
    <message>
        <source>max wait</source>
        <translation>max. Wartezeit</translation>
    </message>
    <message>
        <source>Waiting for pgbouncer…</source>
        <translation>Warte auf pgbouncer…</translation>
    </message>
    <message>
        <source>&lt;b&gt;pgbouncer&lt;/b&gt; %1 pools · %2 clients waiting · longest wait %3%4</source>
        <translation>&lt;b&gt;pgbouncer&lt;/b&gt; %1 Pools · %2 Clients wartend · längste Wartezeit %3%4</translation>
    </message>
    <message>
        <source> · average query %1</source>
        <translation> · mittlere Abfrage %1</translation>
    </message>
</context>
<context>
    <name>opsdash::EventDetail</name>
    <message>
        <source>Registrations over time</source>
        <translation>Anmeldungen im Zeitverlauf</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>eingecheckt</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Check-in:</source>
        <translation>Check-in:</translation>
    </message>
    <message>
        <source>Payments:</source>
        <translation>Zahlungen:</translation>
    </message>
    <message>
        <source>Select an event to see its registrations over time, check-ins and payments.</source>
        <translation>Wählen Sie eine Veranstaltung, um ihre Anmeldungen im Zeitverlauf, Check-ins und Zahlungen zu sehen.</translation>
    </message>
    <message>
        <source>Loading the event&apos;s figures…</source>
        <translation>Die Zahlen der Veranstaltung werden geladen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 of %4 places taken (%5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 von %4 Plätzen belegt (%5)</translation>
    </message>
    <message>
        <source>%1 of %2 checked in (%3)</source>
        <translation>%1 von %2 eingecheckt (%3)</translation>
    </message>
    <message>
        <source>No registrations yet.</source>
        <translation>Noch keine Anmeldungen.</translation>
    </message>
    <message>
        <source>%1 %2 (%3) · %4</source>
        <translation>%1 %2 (%3) · %4</translation>
    </message>
</context>
<context>
    <name>opsdash::EventsController</name>
    <message>
        <source>Event statistics: %1</source>
        <translation>Veranstaltungsstatistiken: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>This profile has neither a backend nor a database to read events from.</source>
        <translation>Dieses Profil hat weder ein Backend noch eine Datenbank, aus der Veranstaltungen gelesen werden können.</translation>
    </message>
    <message>
        <source>Reports are built by the backend: this profile has none.</source>
        <translation>Berichte erstellt das Backend: dieses Profil hat keines.</translation>
    </message>
    <message>
        <source>Not offered by this backend (an eventsd extension; it answers 404).</source>
        <translation>Von diesem Backend nicht angeboten (eine eventsd-Erweiterung; es antwortet mit 404).</translation>
    </message>
    <message>
        <source>not offered by this backend</source>
        <translation>von diesem Backend nicht angeboten</translation>
    </message>
</context>
<context>
    <name>opsdash::EventsDatabase</name>
    <message>
        <source>PostgreSQL: %1</source>
        <translation>PostgreSQL: %1</translation>
    </message>
    <message>
        <source>There is no event %1.</source>
        <translation>Es gibt keine Veranstaltung %1.</translation>
    </message>
</context>
<context>
    <name>opsdash::EventsPage</name>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>BOM for Excel</source>
        <translation>BOM für Excel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>jeder Status</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>alle Termine</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>bevorstehend</translation>
    </message>
    <message>
        <source>past</source>
        <translation>vergangen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Export registrations</source>
        <translation>Anmeldungen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Totals&lt;/b&gt; of %1 events shown: %2 registrations of %3 places (%4), %5 checked in, revenue %6</source>
        <translation>&lt;b&gt;Summen&lt;/b&gt; der %1 gezeigten Veranstaltungen: %2 Anmeldungen bei %3 Plätzen (%4), %5 eingecheckt, Umsatz %6</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportiere nach %1…</translation>
    </message>
    <message>
        <source>%1 rows · %2 MB/s</source>
        <translation>%1 Zeilen · %2 MB/s</translation>
    </message>
    <message>
        <source>Search registrations by name or e-mail</source>
        <translation>Anmeldungen nach Name oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Request report</source>
        <translation>Bericht anfordern</translation>
    </message>
    <message>
        <source>Download report…</source>
        <translation>Bericht herunterladen…</translation>
    </message>
    <message>
        <source>The backend builds the event&apos;s registrations report in its report queue; this page says when it is ready and downloads it.</source>
        <translation>Das Backend erstellt den Anmeldebericht der Veranstaltung in seiner Berichts-Warteschlange; diese Seite sagt, wann er fertig ist, und lädt ihn herunter.</translation>
    </message>
    <message>
        <source>Download report</source>
        <translation>Bericht herunterladen</translation>
    </message>
    <message>
        <source>The report could not be asked for: %1</source>
        <translation>Der Bericht konnte nicht angefordert werden: %1</translation>
    </message>
    <message>
        <source>Report #%1 of event %2 is queued…</source>
        <translation>Bericht #%1 der Veranstaltung %2 wartet in der Warteschlange…</translation>
    </message>
    <message>
        <source>Report #%1 of event %2 is being built…</source>
        <translation>Bericht #%1 der Veranstaltung %2 wird erstellt…</translation>
    </message>
    <message>
        <source>Report #%1 of event %2 is ready: %3 rows.</source>
        <translation>Bericht #%1 der Veranstaltung %2 ist fertig: %3 Zeilen.</translation>
    </message>
    <message>
        <source>Report #%1 of event %2 failed: %3</source>
        <translation>Bericht #%1 der Veranstaltung %2 ist gescheitert: %3</translation>
    </message>
</context>
<context>
    <name>opsdash::ExportCommand</name>
    <message>
        <source>opsdash export: login as %1 failed: %2</source>
        <translation>opsdash export: Anmeldung als %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>%1%2 rows, %3 MB, %4 MB/s   </source>
        <translation>%1%2 Zeilen, %3 MB, %4 MB/s   </translation>
    </message>
    <message>
        <source>opsdash export: %1</source>
        <translation>opsdash export: %1</translation>
    </message>
    <message>
        <source>opsdash export: %1 to %2 (%3 MB in %4 s)</source>
        <translation>opsdash export: %1 nach %2 (%3 MB in %4 s)</translation>
    </message>
    <message>
        <source>Export an event&apos;s registrations as CSV (a registration report).</source>
        <translation>Die Anmeldungen einer Veranstaltung als CSV exportieren (ein Anmeldebericht).</translation>
    </message>
    <message>
        <source>The export command.</source>
        <translation>Der Exportbefehl.</translation>
    </message>
    <message>
        <source>Event id.</source>
        <translation>Veranstaltungs-ID.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>CSV file to write.</source>
        <translation>Zu schreibende CSV-Datei.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Connection profile to use.</source>
        <translation>Zu verwendendes Verbindungsprofil.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Backend base URL.</source>
        <translation>Basis-URL des Backends.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Backend bearer token (default: $OPSDASH_TOKEN).</source>
        <translation>Bearer-Token für das Backend (Standard: $OPSDASH_TOKEN).</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>PostgreSQL connection string: export straight from the database.</source>
        <translation>PostgreSQL-Verbindungszeichenkette: direkt aus der Datenbank exportieren.</translation>
    </message>
    <message>
        <source>conninfo</source>
        <translation>conninfo</translation>
    </message>
    <message>
        <source>Start the file with a UTF-8 byte order mark (Excel).</source>
        <translation>Die Datei mit einer UTF-8-Bytereihenfolgemarke beginnen (Excel).</translation>
    </message>
    <message>
        <source>opsdash export: --event ID and --output FILE are required</source>
        <translation>opsdash export: --event ID und --output DATEI sind erforderlich</translation>
    </message>
    <message>
        <source>opsdash export: no profile named &quot;%1&quot;</source>
        <translation>opsdash export: kein Profil namens „%1“</translation>
    </message>
    <message>
        <source>opsdash export: give --backend URL, --database CONNINFO or --profile NAME</source>
        <translation>opsdash export: --backend URL, --database CONNINFO oder --profile NAME angeben</translation>
    </message>
</context>
<context>
    <name>opsdash::FleetController</name>
    <message>
        <source>up</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>This profile has no Prometheus: add its URL in the profile (or start with --prometheus URL) to see every instance it scrapes.</source>
        <translation>Dieses Profil hat kein Prometheus: tragen Sie seine URL im Profil ein (oder starten Sie mit --prometheus URL), um jede Instanz zu sehen, die es abfragt.</translation>
    </message>
    <message>
        <source>%1 instances, %2 up · read at %3</source>
        <translation>%1 Instanzen, %2 laufen · gelesen um %3</translation>
    </message>
    <message>
        <source>Prometheus: %1</source>
        <translation>Prometheus: %1</translation>
    </message>
    <message>
        <source>%1 is not one of this profile&apos;s backend URLs: add it to the profile to watch it here.</source>
        <translation>%1 ist keine der Backend-URLs dieses Profils: fügen Sie sie dem Profil hinzu, um sie hier zu beobachten.</translation>
    </message>
    <message>
        <source>The other pages show only %1 from now on (Fleet → All instances shows every one again).</source>
        <translation>Die anderen Seiten zeigen ab jetzt nur %1 (Flotte → Alle Instanzen zeigt wieder alle).</translation>
    </message>
    <message>
        <source>The other pages show every instance again.</source>
        <translation>Die anderen Seiten zeigen wieder alle Instanzen.</translation>
    </message>
</context>
<context>
    <name>opsdash::FleetPage</name>
    <message>
        <source>All instances</source>
        <translation>Alle Instanzen</translation>
    </message>
    <message>
        <source>Show every instance on the other pages again.</source>
        <translation>Auf den anderen Seiten wieder alle Instanzen zeigen.</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Double-click an instance to narrow the other pages to it.</source>
        <translation>Doppelklick auf eine Instanz beschränkt die anderen Seiten auf sie.</translation>
    </message>
</context>
<context>
    <name>opsdash::HealthPage</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Sizes and index findings are read when the page opens and every five minutes while it is shown.</source>
        <translation>Größen und Index-Befunde werden beim Öffnen der Seite und alle fünf Minuten, solange sie angezeigt wird, gelesen.</translation>
    </message>
    <message>
        <source>Read at %1. No table is read mostly by large sequential scans.</source>
        <translation>Gelesen um %1. Keine Tabelle wird überwiegend durch große sequenzielle Scans gelesen.</translation>
    </message>
    <message>
        <source>Read at %1. Index candidates (mostly large sequential scans): %2</source>
        <translation>Gelesen um %1. Kandidaten für einen Index (überwiegend große sequenzielle Scans): %2</translation>
    </message>
    <message>
        <source>VACUUM (ANALYZE)…</source>
        <translation>VACUUM (ANALYZE)…</translation>
    </message>
    <message>
        <source>ANALYZE…</source>
        <translation>ANALYZE…</translation>
    </message>
    <message>
        <source>REINDEX CONCURRENTLY…</source>
        <translation>REINDEX CONCURRENTLY…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Select a table first.</source>
        <translation>Wählen Sie zuerst eine Tabelle.</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 läuft…</translation>
    </message>
    <message>
        <source>REINDEX INDEX CONCURRENTLY…</source>
        <translation>REINDEX INDEX CONCURRENTLY…</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>Select an index first.</source>
        <translation>Wählen Sie zuerst einen Index.</translation>
    </message>
</context>
<context>
    <name>opsdash::HttpApi</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 refused the credentials (401): check the profile&apos;s token or password</source>
        <translation>%1 hat die Zugangsdaten abgelehnt (401): prüfen Sie Token oder Passwort des Profils</translation>
    </message>
    <message>
        <source>%1 does not allow this (403)%2</source>
        <translation>%1 erlaubt das nicht (403)%2</translation>
    </message>
    <message>
        <source>%1 has no %2 (404): is the URL that of %1?</source>
        <translation>%1 hat kein %2 (404): ist das die URL von %1?</translation>
    </message>
    <message>
        <source>%1 answered %2%3</source>
        <translation>%1 antwortete %2%3</translation>
    </message>
</context>
<context>
    <name>opsdash::HttpError</name>
    <message>
        <source>%1 refused the connection: is %2 running on port %3?</source>
        <translation>%1 hat die Verbindung abgelehnt: läuft %2 auf Port %3?</translation>
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
        <source>the answer from %1 is larger than %2: opsdash stopped reading it (the profile&apos;s limit)</source>
        <translation>die Antwort von %1 ist größer als %2: opsdash hat aufgehört, sie zu lesen (Grenze des Profils)</translation>
    </message>
    <message>
        <source>%1 did not answer in HTTP/1.1: %2</source>
        <translation>%1 hat nicht in HTTP/1.1 geantwortet: %2</translation>
    </message>
    <message>
        <source>request to %1 failed: %2</source>
        <translation>Anfrage an %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>opsdash::InternalsController</name>
    <message>
        <source>Terminate session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>Cancel query</source>
        <translation>Abfrage abbrechen</translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <source>Reset statement statistics</source>
        <translation>Anweisungsstatistik zurücksetzen</translation>
    </message>
    <message>
        <source>This profile has no maintenance role: name one in the profile (a role that may VACUUM these tables, usually their owner). The monitoring role only reads.</source>
        <translation>Dieses Profil hat keine Wartungsrolle: Nennen Sie eine im Profil (eine Rolle, die diese Tabellen VACUUMen darf, meist ihr Eigentümer). Die Überwachungsrolle liest nur.</translation>
    </message>
    <message>
        <source>session %1 (%2, %3, %4 for %5): %6</source>
        <translation>Sitzung %1 (%2, %3, %4 seit %5): %6</translation>
    </message>
    <message>
        <source>No session holds a lock it would wait for.</source>
        <translation>Keine Sitzung hält eine Sperre, auf die es warten müsste.</translation>
    </message>
    <message>
        <source>It would wait for:
%1</source>
        <translation>Es müsste warten auf:
%1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>done in %1</source>
        <translation>erledigt in %1</translation>
    </message>
    <message>
        <source>pg_terminate_backend ends session %1: its open transaction rolls back and the client loses its connection.

%2</source>
        <translation>pg_terminate_backend beendet Sitzung %1: ihre offene Transaktion wird zurückgerollt und der Client verliert seine Verbindung.

%2</translation>
    </message>
    <message>
        <source>pg_cancel_backend cancels the running statement of session %1; the session stays.

%2</source>
        <translation>pg_cancel_backend bricht die laufende Anweisung von Sitzung %1 ab; die Sitzung bleibt.

%2</translation>
    </message>
    <message>
        <source>pg_stat_statements_reset() empties the statistics of every statement of every database on this server, for every tool that reads them. The deltas here start again from zero.</source>
        <translation>pg_stat_statements_reset() leert die Statistik aller Anweisungen aller Datenbanken dieses Servers, für jedes Werkzeug, das sie liest. Die Differenzen hier beginnen wieder bei null.</translation>
    </message>
    <message>
        <source>%1 takes a %2 lock on %3.%4: reads and writes go on, while other maintenance and schema changes on it wait. If it cannot get the lock within 5 s it gives up instead of queueing.</source>
        <translation>%1 nimmt eine %2-Sperre auf %3.%4: Lesen und Schreiben gehen weiter, andere Wartung und Schemaänderungen daran warten. Bekommt es die Sperre nicht innerhalb von 5 s, gibt es auf, statt sich anzustellen.</translation>
    </message>
    <message>
        <source>%1 %2. Now: %3</source>
        <translation>%1 %2. Jetzt: %3</translation>
    </message>
    <message>
        <source>Now: %1

%2</source>
        <translation>Jetzt: %1

%2</translation>
    </message>
    <message>
        <source>the profile has no maintenance role</source>
        <translation>das Profil hat keine Wartungsrolle</translation>
    </message>
    <message>
        <source>the maintenance role could not connect: %1</source>
        <translation>die Wartungsrolle konnte sich nicht verbinden: %1</translation>
    </message>
    <message>
        <source>EXPLAIN ANALYZE</source>
        <translation>EXPLAIN ANALYZE</translation>
    </message>
    <message>
        <source>EXPLAIN ANALYZE executes the statement on the server to time it: it takes as long as the statement and holds its locks. It runs in a transaction that is rolled back, on a read-only connection, so a statement that writes is refused rather than run.

%1</source>
        <translation>EXPLAIN ANALYZE führt die Anweisung auf dem Server aus, um sie zu messen: Es dauert so lange wie die Anweisung und hält ihre Sperren. Es läuft in einer Transaktion, die zurückgerollt wird, auf einer Nur-Lese-Verbindung; eine schreibende Anweisung wird abgelehnt statt ausgeführt.

%1</translation>
    </message>
    <message>
        <source>generic plan</source>
        <translation>generischer Plan</translation>
    </message>
    <message>
        <source>parameter values: %1</source>
        <translation>Parameterwerte: %1</translation>
    </message>
    <message>
        <source>Running the statement under EXPLAIN ANALYZE…</source>
        <translation>Die Anweisung läuft unter EXPLAIN ANALYZE…</translation>
    </message>
    <message>
        <source>executed in %1</source>
        <translation>ausgeführt in %1</translation>
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
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source> Profile: </source>
        <translation> Profil: </translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>  Range: </source>
        <translation>  Zeitraum: </translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>6 h</source>
        <translation>6 h</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Neues Profil…</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>Profil &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Keep polling while minimized</source>
        <translation>Auch minimiert weiter abfragen</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 auf %2: %3</translation>
    </message>
    <message>
        <source>%1 on %2 failed: %3</source>
        <translation>%1 auf %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>opsdash — %1</source>
        <translation>opsdash — %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Actions log</source>
        <translation>Aktionsprotokoll</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is back</source>
        <translation>%1 ist wieder da</translation>
    </message>
    <message>
        <source>opsdash alert</source>
        <translation>opsdash-Alarm</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbinde</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:%1&apos;&gt;%n alert(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:%1&apos;&gt;%n Alarm&lt;/b&gt;</numerusform>
            <numerusform>&lt;b style=&apos;color:%1&apos;&gt;%n Alarme&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>no alerts</source>
        <translation>keine Alarme</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aktualisiert %1</translation>
    </message>
    <message>
        <source>Create a profile…</source>
        <translation>Profil anlegen…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>The language changes when opsdash starts next time.</source>
        <translation>Die Sprache wechselt beim nächsten Start von opsdash.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Table health</source>
        <translation>Tabellenzustand</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>  Compare: </source>
        <translation>  Vergleich: </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>1 day earlier</source>
        <translation>1 Tag früher</translation>
    </message>
    <message>
        <source>1 week earlier</source>
        <translation>1 Woche früher</translation>
    </message>
    <message>
        <source>Overlay the charts with the same series one day or one week earlier (from the profile&apos;s Prometheus).</source>
        <translation>Die Diagramme mit denselben Reihen einen Tag oder eine Woche früher überlagern (aus dem Prometheus des Profils).</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Find in page</source>
        <translation>Auf der Seite &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
</context>
<context>
    <name>opsdash::MemoryPage</name>
    <message>
        <source>Force GC…</source>
        <translation>GC erzwingen…</translation>
    </message>
    <message>
        <source>Set threshold…</source>
        <translation>Schwelle setzen…</translation>
    </message>
    <message>
        <source>Memory threshold</source>
        <translation>Speicherschwelle</translation>
    </message>
    <message>
        <source>Heap usage (percent) above which the backend acts:</source>
        <translation>Heap-Auslastung (Prozent), ab der das Backend handelt:</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <source>heap used</source>
        <translation>Heap belegt</translation>
    </message>
    <message>
        <source>heap total</source>
        <translation>Heap gesamt</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Heap usage</source>
        <translation>Heap-Auslastung</translation>
    </message>
    <message>
        <source>usage</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>alert threshold</source>
        <translation>Alarmschwelle</translation>
    </message>
    <message>
        <source>&lt;b&gt;Heap usage %1&lt;/b&gt; · heap %2 of %3 · RSS %4%5</source>
        <translation>&lt;b&gt;Heap-Auslastung %1&lt;/b&gt; · Heap %2 von %3 · RSS %4%5</translation>
    </message>
    <message>
        <source> · backend threshold %1</source>
        <translation> · Backend-Schwelle %1</translation>
    </message>
</context>
<context>
    <name>opsdash::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>opsdash::OverviewPage</name>
    <message>
        <source>%1 /min</source>
        <translation>%1 /min</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation>p95-Latenz</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>Heap usage</source>
        <translation>Heap-Auslastung</translation>
    </message>
    <message>
        <source>Pool waiting</source>
        <translation>Pool wartend</translation>
    </message>
    <message>
        <source>Cache hit rate</source>
        <translation>Cache-Trefferquote</translation>
    </message>
    <message>
        <source>DB cache hit ratio</source>
        <translation>DB-Cache-Trefferquote</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Aktive Sitzungen</translation>
    </message>
    <message>
        <source>Slow queries</source>
        <translation>Langsame Abfragen</translation>
    </message>
    <message>
        <source>DB query time</source>
        <translation>DB-Abfragezeit</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>avg</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p95 threshold</source>
        <translation>p95-Schwelle</translation>
    </message>
    <message>
        <source>Backend instances</source>
        <translation>Backend-Instanzen</translation>
    </message>
    <message>
        <source>Recent alerts</source>
        <translation>Letzte Alarme</translation>
    </message>
    <message>
        <source>Recent actions</source>
        <translation>Letzte Aktionen</translation>
    </message>
    <message>
        <source>waiting for PostgreSQL</source>
        <translation>warte auf PostgreSQL</translation>
    </message>
    <message>
        <source>no database in profile</source>
        <translation>keine Datenbank im Profil</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>no backend data</source>
        <translation>keine Backend-Daten</translation>
    </message>
    <message>
        <source>not offered by this backend</source>
        <translation>von diesem Backend nicht angeboten</translation>
    </message>
    <message>
        <source>%1 idle in transaction, %2 waiting</source>
        <translation>%1 untätig in Transaktion, %2 wartend</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 connections idle</source>
        <translation>%1 von %2 Verbindungen frei</translation>
    </message>
    <message>
        <source>Backend: %1 of %2 instances up</source>
        <translation>Backend: %1 von %2 Instanzen laufen</translation>
    </message>
    <message>
        <source>Backend: none in this profile</source>
        <translation>Backend: keines in diesem Profil</translation>
    </message>
    <message>
        <source>PostgreSQL: up (%1)</source>
        <translation>PostgreSQL: läuft (%1)</translation>
    </message>
    <message>
        <source>Active alerts: %1</source>
        <translation>Aktive Alarme: %1</translation>
    </message>
</context>
<context>
    <name>opsdash::PgBouncerSource</name>
    <message>
        <source>pgbouncer at %1:%2: %3</source>
        <translation>pgbouncer auf %1:%2: %3</translation>
    </message>
    <message>
        <source>pgbouncer SHOW POOLS: %1 (is %2 in its stats_users?)</source>
        <translation>pgbouncer SHOW POOLS: %1 (steht %2 in seinen stats_users?)</translation>
    </message>
</context>
<context>
    <name>opsdash::PgConnection</name>
    <message>
        <source>Connection settings may not contain &apos;;&apos;: %1</source>
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
    <message>
        <source>invalid connection string: %1</source>
        <translation>ungültige Verbindungszeichenkette: %1</translation>
    </message>
</context>
<context>
    <name>opsdash::PgInternalsSource</name>
    <message>
        <source>PostgreSQL: %1</source>
        <translation>PostgreSQL: %1</translation>
    </message>
    <message>
        <source>pg_stat_statements is not installed in database %1: run CREATE EXTENSION pg_stat_statements; as its owner (the server needs it in shared_preload_libraries)</source>
        <translation>pg_stat_statements ist in der Datenbank %1 nicht installiert: führen Sie CREATE EXTENSION pg_stat_statements; als ihr Eigentümer aus (der Server braucht es in shared_preload_libraries)</translation>
    </message>
    <message>
        <source>pg_stat_statements is not loaded by the server: add it to shared_preload_libraries in postgresql.conf and restart PostgreSQL</source>
        <translation>pg_stat_statements ist vom Server nicht geladen: in postgresql.conf zu shared_preload_libraries hinzufügen und PostgreSQL neu starten</translation>
    </message>
    <message>
        <source>(the statement is no longer in pg_stat_statements)</source>
        <translation>(die Anweisung ist nicht mehr in pg_stat_statements)</translation>
    </message>
    <message>
        <source>PostgreSQL refused: %1</source>
        <translation>PostgreSQL hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>Only a single statement can be explained.</source>
        <translation>Nur eine einzelne Anweisung kann erklärt werden.</translation>
    </message>
    <message>
        <source>No index to propose: the statement filters, joins or sorts on no column opsdash can read off its text.</source>
        <translation>Kein Index vorzuschlagen: Die Anweisung filtert, verknüpft oder sortiert nach keiner Spalte, die opsdash aus ihrem Text lesen kann.</translation>
    </message>
    <message>
        <source>hypopg is not installed in database %1: install it on the database server (Debian: apt-get install postgresql-15-hypopg) and run CREATE EXTENSION hypopg; in the database. Its indexes are hypothetical: they live in one session and touch no table.</source>
        <translation>hypopg ist in der Datenbank %1 nicht installiert: Installieren Sie es auf dem Datenbankserver (Debian: apt-get install postgresql-15-hypopg) und führen Sie CREATE EXTENSION hypopg; in der Datenbank aus. Seine Indizes sind hypothetisch: Sie leben in einer Sitzung und berühren keine Tabelle.</translation>
    </message>
</context>
<context>
    <name>opsdash::PgMaintenance</name>
    <message>
        <source>(a REINDEX CONCURRENTLY that stopped may leave invalid indexes named *_ccnew: drop them)</source>
        <translation>(ein abgebrochenes REINDEX CONCURRENTLY kann ungültige Indizes namens *_ccnew hinterlassen: löschen Sie sie)</translation>
    </message>
    <message>
        <source>Nothing runs.</source>
        <translation>Es läuft nichts.</translation>
    </message>
    <message>
        <source>PostgreSQL refused: %1</source>
        <translation>PostgreSQL hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>Session %1 is gone (its pid may now belong to another session): nothing was signalled.</source>
        <translation>Sitzung %1 besteht nicht mehr (ihre PID gehört womöglich einer anderen Sitzung): es wurde nichts signalisiert.</translation>
    </message>
    <message>
        <source>The session %1 is gone.</source>
        <translation>Die Sitzung %1 besteht nicht mehr.</translation>
    </message>
</context>
<context>
    <name>opsdash::PgMaintenanceFigures</name>
    <message>
        <source>no such table</source>
        <translation>keine solche Tabelle</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1, %2 dead rows of %3 (%4), vacuumed %5, analyzed %6</source>
        <translation>%1, %2 tote Zeilen von %3 (%4), VACUUM %5, ANALYZE %6</translation>
    </message>
    <message>
        <source>size unknown (locked)</source>
        <translation>Größe unbekannt (gesperrt)</translation>
    </message>
</context>
<context>
    <name>opsdash::PgMonitor</name>
    <message>
        <source>PostgreSQL statistics query failed: %1</source>
        <translation>Statistikabfrage an PostgreSQL fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>pg_stat_statements is not installed in database %1: run CREATE EXTENSION pg_stat_statements; as its owner</source>
        <translation>pg_stat_statements ist in der Datenbank %1 nicht installiert: als ihr Eigentümer CREATE EXTENSION pg_stat_statements; ausführen</translation>
    </message>
    <message>
        <source>role %1 cannot see other sessions&apos; queries and statistics: run GRANT pg_monitor TO %1;</source>
        <translation>Rolle %1 sieht Abfragen und Statistiken anderer Sitzungen nicht: GRANT pg_monitor TO %1; ausführen</translation>
    </message>
    <message>
        <source>pg_stat_statements is not loaded by the server: add it to shared_preload_libraries in postgresql.conf and restart PostgreSQL</source>
        <translation>pg_stat_statements wird vom Server nicht geladen: in postgresql.conf zu shared_preload_libraries hinzufügen und PostgreSQL neu starten</translation>
    </message>
    <message>
        <source>reading pg_stat_statements failed: %1</source>
        <translation>Lesen von pg_stat_statements fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>opsdash::Plan</name>
    <message>
        <source>not an EXPLAIN (FORMAT JSON) plan: %1</source>
        <translation>kein EXPLAIN (FORMAT JSON)-Plan: %1</translation>
    </message>
</context>
<context>
    <name>opsdash::Poller</name>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>login failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>no new data for %1 s</source>
        <translation>seit %1 s keine neuen Daten</translation>
    </message>
</context>
<context>
    <name>opsdash::Profile</name>
    <message>
        <source>No TLS: passwords and data travel in clear.</source>
        <translation>Kein TLS: Passwörter und Daten gehen unverschlüsselt über das Netz.</translation>
    </message>
    <message>
        <source>Tries without TLS first: passwords and data usually travel in clear.</source>
        <translation>Versucht es zuerst ohne TLS: Passwörter und Daten gehen meist unverschlüsselt über das Netz.</translation>
    </message>
    <message>
        <source>TLS if the server offers it, else in clear; anyone in between can downgrade it. For this machine only.</source>
        <translation>TLS, wenn der Server es anbietet, sonst unverschlüsselt; jeder dazwischen kann es abschalten. Nur für diesen Rechner.</translation>
    </message>
    <message>
        <source>Always encrypted, but the server is not verified: anyone in between can pose as it.</source>
        <translation>Immer verschlüsselt, aber der Server wird nicht geprüft: jeder dazwischen kann sich als er ausgeben.</translation>
    </message>
    <message>
        <source>Encrypted, and the server&apos;s certificate must be signed by a trusted CA; its name is not checked.</source>
        <translation>Verschlüsselt, und das Zertifikat des Servers muss von einer vertrauenswürdigen CA signiert sein; sein Name wird nicht geprüft.</translation>
    </message>
    <message>
        <source>Encrypted, the certificate signed by a trusted CA and issued for this host name. Use this for any remote database.</source>
        <translation>Verschlüsselt, das Zertifikat von einer vertrauenswürdigen CA signiert und für diesen Hostnamen ausgestellt. Für jede entfernte Datenbank verwenden.</translation>
    </message>
    <message>
        <source>Unknown mode.</source>
        <translation>Unbekannter Modus.</translation>
    </message>
</context>
<context>
    <name>opsdash::ProfileDialog</name>
    <message>
        <source>Production: actions need the profile name typed to confirm</source>
        <translation>Produktion: Aktionen erfordern zur Bestätigung den eingetippten Profilnamen</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>New connection profile</source>
        <translation>Neues Verbindungsprofil</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>http://127.0.0.1:3000
(one URL per line: instances of the same backend)</source>
        <translation>http://127.0.0.1:3000
(eine URL pro Zeile: Instanzen desselben Backends)</translation>
    </message>
    <message>
        <source>Log in with e-mail and password</source>
        <translation>Mit E-Mail und Passwort anmelden</translation>
    </message>
    <message>
        <source>Pasted token</source>
        <translation>Eingefügtes Token</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>Keine Authentifizierung</translation>
    </message>
    <message>
        <source>leave empty for no database</source>
        <translation>leer lassen für keine Datenbank</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Refresh every:</source>
        <translation>Aktualisieren alle:</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Instances:</source>
        <translation>Instanzen:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>PostgreSQL (read-only monitoring role)</source>
        <translation>PostgreSQL (nur lesende Überwachungsrolle)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>TLS (sslmode):</source>
        <translation>TLS (sslmode):</translation>
    </message>
    <message>
        <source>Alert thresholds</source>
        <translation>Alarmschwellen</translation>
    </message>
    <message>
        <source>API p95 above:</source>
        <translation>API-p95 über:</translation>
    </message>
    <message>
        <source>DB query time above:</source>
        <translation>DB-Abfragezeit über:</translation>
    </message>
    <message>
        <source>Pool waiting above:</source>
        <translation>Pool wartend über:</translation>
    </message>
    <message>
        <source>Heap usage above:</source>
        <translation>Heap-Auslastung über:</translation>
    </message>
    <message>
        <source>Cache hit rate below:</source>
        <translation>Cache-Trefferquote unter:</translation>
    </message>
    <message>
        <source>Error rate above:</source>
        <translation>Fehlerquote über:</translation>
    </message>
    <message>
        <source>For at least:</source>
        <translation>Mindestens für:</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Dem Profil einen Namen geben.</translation>
    </message>
    <message>
        <source>A profile named %1 exists already.</source>
        <translation>Ein Profil namens %1 gibt es schon.</translation>
    </message>
    <message>
        <source>Give at least a backend URL or a database.</source>
        <translation>Mindestens eine Backend-URL oder eine Datenbank angeben.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Teste…</translation>
    </message>
    <message>
        <source>optional: a role that may VACUUM (the tables&apos; owner)</source>
        <translation>optional: eine Rolle, die VACUUM darf (Eigentümer der Tabellen)</translation>
    </message>
    <message>
        <source>the database&apos;s host</source>
        <translation>der Host der Datenbank</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>pgbouncer&apos;s port; its admin console is read with the user above, which must be in pgbouncer&apos;s stats_users.</source>
        <translation>Port von pgbouncer; seine Admin-Konsole wird mit dem Benutzer oben gelesen, der in den stats_users von pgbouncer stehen muss.</translation>
    </message>
    <message>
        <source>Maintenance role:</source>
        <translation>Wartungsrolle:</translation>
    </message>
    <message>
        <source>Its password:</source>
        <translation>Ihr Passwort:</translation>
    </message>
    <message>
        <source>pgbouncer host:</source>
        <translation>pgbouncer-Host:</translation>
    </message>
    <message>
        <source>pgbouncer port:</source>
        <translation>pgbouncer-Port:</translation>
    </message>
    <message>
        <source>Session running longer than:</source>
        <translation>Sitzung läuft länger als:</translation>
    </message>
    <message>
        <source>Idle in transaction longer than:</source>
        <translation>Untätig in Transaktion länger als:</translation>
    </message>
    <message>
        <source>Use the maintenance role to a remote host without TLS (a network you trust)</source>
        <translation>Wartungsrolle zu einem entfernten Host auch ohne TLS verwenden (ein Netz, dem Sie vertrauen)</translation>
    </message>
    <message>
        <source>Off: the maintenance role connects with sslmode at least &quot;require&quot;, so its password is never sent in clear to another machine.</source>
        <translation>Aus: Die Wartungsrolle verbindet sich mindestens mit sslmode &quot;require&quot;, ihr Passwort geht also nie unverschlüsselt an einen anderen Rechner.</translation>
    </message>
    <message>
        <source>This host is not on this machine: choose verify-full.</source>
        <translation>Dieser Host ist nicht dieser Rechner: wählen Sie verify-full.</translation>
    </message>
    <message>
        <source>Prometheus and Alertmanager (optional)</source>
        <translation>Prometheus und Alertmanager (optional)</translation>
    </message>
    <message>
        <source>History before the window opened, ranges up to 30 days and the fleet come from here. Any server with Prometheus&apos;s HTTP API v1 (Thanos, Mimir, VictoriaMetrics).</source>
        <translation>Verlauf vor dem Öffnen des Fensters, Zeiträume bis 30 Tage und die Flotte kommen von hier. Jeder Server mit der HTTP-API v1 von Prometheus (Thanos, Mimir, VictoriaMetrics).</translation>
    </message>
    <message>
        <source>empty: the secret is a bearer token</source>
        <translation>leer: das Geheimnis ist ein Bearer-Token</translation>
    </message>
    <message>
        <source>A bearer token, or basic auth&apos;s password when a user is set; kept in the system keychain.</source>
        <translation>Ein Bearer-Token, oder das Passwort für Basic Auth, wenn ein Benutzer gesetzt ist; liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>The scrape job of the backend&apos;s instances in that Prometheus.</source>
        <translation>Der Scrape-Job der Backend-Instanzen in diesem Prometheus.</translation>
    </message>
    <message>
        <source>Prometheus URL:</source>
        <translation>Prometheus-URL:</translation>
    </message>
    <message>
        <source>Token or password:</source>
        <translation>Token oder Passwort:</translation>
    </message>
    <message>
        <source>Backend&apos;s job:</source>
        <translation>Job des Backends:</translation>
    </message>
    <message>
        <source>Alertmanager URL:</source>
        <translation>Alertmanager-URL:</translation>
    </message>
    <message>
        <source>Jobs waiting above:</source>
        <translation>Wartende Jobs über:</translation>
    </message>
    <message>
        <source>Dead jobs above:</source>
        <translation>Tote Jobs über:</translation>
    </message>
</context>
<context>
    <name>opsdash::PrometheusClient</name>
    <message>
        <source>unexpected answer from %1: %2</source>
        <translation>unerwartete Antwort von %1: %2</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
</context>
<context>
    <name>opsdash::PrometheusFleet</name>
    <message>
        <source>no Prometheus</source>
        <translation>kein Prometheus</translation>
    </message>
</context>
<context>
    <name>opsdash::PrometheusHistory</name>
    <message>
        <source>history from Prometheus: %1</source>
        <translation>Verlauf aus Prometheus: %1</translation>
    </message>
    <message>
        <source>Prometheus is no longer configured</source>
        <translation>Prometheus ist nicht mehr eingerichtet</translation>
    </message>
</context>
<context>
    <name>opsdash::QueriesPage</name>
    <message>
        <source>Statements over the selected range</source>
        <translation>Anweisungen im gewählten Zeitraum</translation>
    </message>
    <message>
        <source>calls ≥ </source>
        <translation>Aufrufe ≥ </translation>
    </message>
    <message>
        <source>mean ≥ </source>
        <translation>Mittel ≥ </translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Reset statistics…</source>
        <translation>Statistik zurücksetzen…</translation>
    </message>
    <message>
        <source>calls per second</source>
        <translation>Aufrufe pro Sekunde</translation>
    </message>
    <message>
        <source>mean time</source>
        <translation>mittlere Zeit</translation>
    </message>
    <message>
        <source>Waiting for the first poll of pg_stat_statements…</source>
        <translation>Warte auf die erste Abfrage von pg_stat_statements…</translation>
    </message>
    <message>
        <source>opsdash&apos;s own statements: %1, %2 calls, %3 on the server</source>
        <translation>Eigene Anweisungen von opsdash: %1, %2 Aufrufe, %3 auf dem Server</translation>
    </message>
    <message>
        <source>Totals since the statistics were reset (%1); deltas over the range from the next poll on.</source>
        <translation>Summen seit dem Zurücksetzen der Statistik (%1); Differenzen über den Zeitraum ab der nächsten Abfrage.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Deltas since opsdash began watching, %1 ago (shorter than the range).</source>
        <translation>Differenzen, seit opsdash beobachtet, vor %1 (kürzer als der Zeitraum).</translation>
    </message>
    <message>
        <source>Deltas over the last %1 min.</source>
        <translation>Differenzen über die letzten %1 min.</translation>
    </message>
    <message>
        <source>Calls of the selected statement</source>
        <translation>Aufrufe der gewählten Anweisung</translation>
    </message>
    <message>
        <source>Mean time of the selected statement</source>
        <translation>Mittlere Dauer der gewählten Anweisung</translation>
    </message>
    <message>
        <source>Select a statement to chart it.</source>
        <translation>Eine Anweisung wählen, um sie zu zeichnen.</translation>
    </message>
    <message>
        <source>Two polls of pg_stat_statements make the first rate.</source>
        <translation>Zwei Abfragen von pg_stat_statements ergeben die erste Rate.</translation>
    </message>
</context>
<context>
    <name>opsdash::QueueTables</name>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Verzögert</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Jobs/min</source>
        <translation>Jobs/min</translation>
    </message>
    <message>
        <source>Wait p50</source>
        <translation>Warten p50</translation>
    </message>
    <message>
        <source>Wait p95</source>
        <translation>Warten p95</translation>
    </message>
    <message>
        <source>Run p50</source>
        <translation>Lauf p50</translation>
    </message>
    <message>
        <source>Run p95</source>
        <translation>Lauf p95</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed runs</source>
        <translation>Fehlgeschlagene Läufe</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>no worker</source>
        <translation>kein Worker</translation>
    </message>
    <message>
        <source>working</source>
        <translation>arbeitet</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Failed at</source>
        <translation>Gescheitert um</translation>
    </message>
    <message>
        <source>Retry at</source>
        <translation>Wiederholung um</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>wird wiederholt</translation>
    </message>
</context>
<context>
    <name>opsdash::QueuesPage</name>
    <message>
        <source>Retry all dead…</source>
        <translation>Alle toten wiederholen…</translation>
    </message>
    <message>
        <source>Purge dead…</source>
        <translation>Tote entfernen…</translation>
    </message>
    <message>
        <source>Retry selected job…</source>
        <translation>Gewählten Job wiederholen…</translation>
    </message>
    <message>
        <source>Queue actions</source>
        <translation>Warteschlangen-Aktionen</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>Warteschlange:</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Jobs waiting</source>
        <translation>Wartende Jobs</translation>
    </message>
    <message>
        <source>Jobs finished per minute</source>
        <translation>Erledigte Jobs pro Minute</translation>
    </message>
    <message>
        <source>Dead jobs, all queues</source>
        <translation>Tote Jobs, alle Warteschlangen</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Failed jobs</source>
        <translation>Fehlgeschlagene Jobs</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Fortsetzen…</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>Anhalten…</translation>
    </message>
    <message>
        <source>%1 queues: %2 jobs waiting, %3 dead; up to %4 worker processes per queue.</source>
        <translation>%1 Warteschlangen: %2 Jobs wartend, %3 tot; bis zu %4 Worker-Prozesse je Warteschlange.</translation>
    </message>
    <message>
        <source>Failed jobs could not be read: %1</source>
        <translation>Fehlgeschlagene Jobs konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No failed jobs: nothing is dead or waiting for a retry.</source>
        <translation>Keine fehlgeschlagenen Jobs: nichts ist tot oder wartet auf eine Wiederholung.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed job(s): dead ones are out of attempts; select one to retry it.</source>
        <translation>
            <numerusform>%n fehlgeschlagener Job: tote haben keine Versuche mehr; wählen Sie einen, um ihn zu wiederholen.</numerusform>
            <numerusform>%n fehlgeschlagene Jobs: tote haben keine Versuche mehr; wählen Sie einen, um ihn zu wiederholen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdash::RegistrationExport</name>
    <message>
        <source>cancelled after %1 rows; no file was written</source>
        <translation>nach %1 Zeilen abgebrochen; es wurde keine Datei geschrieben</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 rows exported</source>
        <translation>%1 Zeilen exportiert</translation>
    </message>
    <message>
        <source>%1 rows exported, as many as the server counted</source>
        <translation>%1 Zeilen exportiert, so viele wie der Server gezählt hat</translation>
    </message>
    <message>
        <source>%1 rows exported; the server counted %2 when the export started (registrations came or went meanwhile)</source>
        <translation>%1 Zeilen exportiert; der Server zählte beim Start des Exports %2 (inzwischen kamen oder gingen Anmeldungen)</translation>
    </message>
    <message>
        <source>this account may not export event %1 (403): an organizer exports only their own events</source>
        <translation>dieses Konto darf Veranstaltung %1 nicht exportieren (403): Veranstalter exportieren nur ihre eigenen Veranstaltungen</translation>
    </message>
    <message>
        <source>event %1 not found, or the backend has no CSV export (404)</source>
        <translation>Veranstaltung %1 nicht gefunden, oder das Backend hat keinen CSV-Export (404)</translation>
    </message>
    <message>
        <source>the backend ended the export early after %1 rows (the file was not written): %2</source>
        <translation>das Backend hat den Export nach %1 Zeilen vorzeitig beendet (die Datei wurde nicht geschrieben): %2</translation>
    </message>
    <message>
        <source>export from PostgreSQL failed: %1</source>
        <translation>Export aus PostgreSQL fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot connect to PostgreSQL at %1:%2 as %3: %4</source>
        <translation>keine Verbindung zu PostgreSQL auf %1:%2 als %3: %4</translation>
    </message>
</context>
<context>
    <name>opsdash::RegistrationsModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Anmeldung</translation>
    </message>
</context>
<context>
    <name>opsdash::RulesCommand</name>
    <message>
        <source>Print Prometheus alerting rules with the thresholds and hold times of a profile&apos;s alerts.</source>
        <translation>Gibt Prometheus-Alarmregeln mit den Schwellen und Haltezeiten der Alarme eines Profils aus.</translation>
    </message>
    <message>
        <source>The rules command.</source>
        <translation>Der Befehl rules.</translation>
    </message>
    <message>
        <source>Connection profile whose thresholds to use (default: the seeds&apos;).</source>
        <translation>Verbindungsprofil, dessen Schwellen gelten (Vorgabe: die der Seeds).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>eventsd&apos;s scrape job in Prometheus (default: eventsd).</source>
        <translation>Scrape-Job von eventsd in Prometheus (Vorgabe: eventsd).</translation>
    </message>
    <message>
        <source>Write the rules to this file instead of standard output.</source>
        <translation>Die Regeln in diese Datei statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>opsdash rules: &quot;%1&quot; is not a job name (letters, digits, _ . : -)</source>
        <translation>opsdash rules: „%1“ ist kein Job-Name (Buchstaben, Ziffern, _ . : -)</translation>
    </message>
    <message>
        <source>opsdash rules: no profile named &quot;%1&quot;</source>
        <translation>opsdash rules: kein Profil namens „%1“</translation>
    </message>
    <message>
        <source>opsdash rules: cannot write %1: %2</source>
        <translation>opsdash rules: kann %1 nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>opsdash::SecretStore</name>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>no keychain service answered (%1)</source>
        <translation>kein Schlüsselbund-Dienst hat geantwortet (%1)</translation>
    </message>
</context>
<context>
    <name>opsdash::SessionsPage</name>
    <message>
        <source>Cancel query…</source>
        <translation>Abfrage abbrechen…</translation>
    </message>
    <message>
        <source>Terminate session…</source>
        <translation>Sitzung beenden…</translation>
    </message>
    <message>
        <source>Sessions by state</source>
        <translation>Sitzungen nach Zustand</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message>
        <source>idle in transaction</source>
        <translation>untätig in Transaktion</translation>
    </message>
    <message>
        <source>waiting on a lock</source>
        <translation>wartend auf eine Sperre</translation>
    </message>
    <message>
        <source>Sessions that are not idle</source>
        <translation>Sitzungen, die nicht untätig sind</translation>
    </message>
    <message>
        <source>Blocking chain (PID)</source>
        <translation>Blockierkette (PID)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Waiting on</source>
        <translation>Wartet auf</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>(another database)</source>
        <translation>(andere Datenbank)</translation>
    </message>
    <message>
        <source>Blocking chain (PID): no session waits on another</source>
        <translation>Blockierkette (PID): keine Sitzung wartet auf eine andere</translation>
    </message>
    <message>
        <source>Select a session to cancel its query or terminate it.</source>
        <translation>Wählen Sie eine Sitzung, um ihre Abfrage abzubrechen oder sie zu beenden.</translation>
    </message>
    <message>
        <source>Session %1 terminated.</source>
        <translation>Sitzung %1 beendet.</translation>
    </message>
    <message>
        <source>Query of session %1 cancelled.</source>
        <translation>Abfrage von Sitzung %1 abgebrochen.</translation>
    </message>
    <message>
        <source>No session is running a statement or holding a transaction open right now.</source>
        <translation>Gerade führt keine Sitzung eine Anweisung aus oder hält eine Transaktion offen.</translation>
    </message>
    <message>
        <source>As the profile&apos;s maintenance role (the monitoring role may not signal it).</source>
        <translation>Als Wartungsrolle des Profils (die Überwachungsrolle darf ihr kein Signal senden).</translation>
    </message>
    <message>
        <source>Neither the monitoring nor the maintenance role may signal session %1 (a role needs to be a member of the session&apos;s role, pg_signal_backend, or superuser).</source>
        <translation>Weder die Überwachungs- noch die Wartungsrolle darf Sitzung %1 ein Signal senden (eine Rolle muss Mitglied der Rolle der Sitzung, von pg_signal_backend oder Superuser sein).</translation>
    </message>
</context>
<context>
    <name>opsdash::SilenceDialog</name>
    <message>
        <source>New silence</source>
        <translation>Neue Stummschaltung</translation>
    </message>
    <message>
        <source>why (required)</source>
        <translation>warum (Pflicht)</translation>
    </message>
    <message>
        <source>30 min</source>
        <translation>30 min</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>2 h</source>
        <translation>2 h</translation>
    </message>
    <message>
        <source>4 h</source>
        <translation>4 h</translation>
    </message>
    <message>
        <source>8 h</source>
        <translation>8 h</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>Matchers:</source>
        <translation>Matcher:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>Angelegt von:</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Stummschalten</translation>
    </message>
    <message>
        <source>Say why in the comment: it is what others see in Alertmanager.</source>
        <translation>Sagen Sie im Kommentar, warum: das sehen andere in Alertmanager.</translation>
    </message>
    <message>
        <source>Say who silences.</source>
        <translation>Sagen Sie, wer stummschaltet.</translation>
    </message>
</context>
<context>
    <name>opsdash::StatementDetail</name>
    <message>
        <source>Select a statement to see its whole SQL and its calls over time.</source>
        <translation>Wählen Sie eine Anweisung, um ihr ganzes SQL und ihre Aufrufe im Zeitverlauf zu sehen.</translation>
    </message>
    <message>
        <source>Copy SQL</source>
        <translation>SQL kopieren</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Index advice</source>
        <translation>Index-Rat</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <source>Explain ANALYZE…</source>
        <translation>Mit ANALYZE erklären…</translation>
    </message>
    <message>
        <source>Plan node</source>
        <translation>Planknoten</translation>
    </message>
    <message>
        <source>Own cost</source>
        <translation>Eigene Kosten</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Gesamtkosten</translation>
    </message>
    <message>
        <source>Rows (estimate)</source>
        <translation>Zeilen (geschätzt)</translation>
    </message>
    <message>
        <source>Rows (actual)</source>
        <translation>Zeilen (tatsächlich)</translation>
    </message>
    <message>
        <source>Time (actual)</source>
        <translation>Zeit (tatsächlich)</translation>
    </message>
    <message>
        <source>Propose an index and check it with hypopg</source>
        <translation>Einen Index vorschlagen und mit hypopg prüfen</translation>
    </message>
    <message>
        <source>Asking the planner…</source>
        <translation>Frage den Planer…</translation>
    </message>
    <message>
        <source>Advise for the top 5 by total time</source>
        <translation>Rat für die 5 teuersten (Gesamtzeit)</translation>
    </message>
    <message>
        <source>Copy CREATE INDEX</source>
        <translation>CREATE INDEX kopieren</translation>
    </message>
    <message>
        <source>Value of $%1; leave empty for NULL. With every field empty the plan is the generic one (as for any value).</source>
        <translation>Wert von $%1; leer lassen für NULL. Sind alle Felder leer, ist der Plan der generische (wie für jeden Wert).</translation>
    </message>
    <message>
        <source>Estimated total cost %1</source>
        <translation>Geschätzte Gesamtkosten %1</translation>
    </message>
    <message>
        <source> · executed in %1 (planning %2)</source>
        <translation> · ausgeführt in %1 (Planung %2)</translation>
    </message>
    <message numerus="yes">
        <source>Asking the planner about %n statement(s)…</source>
        <translation>
            <numerusform>Frage den Planer zu %n Anweisung…</numerusform>
            <numerusform>Frage den Planer zu %n Anweisungen…</numerusform>
        </translation>
    </message>
    <message>
        <source>estimated cost %1 → %2 (%3)</source>
        <translation>geschätzte Kosten %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>The planner would use it: %1.</source>
        <translation>Der Planer würde ihn nutzen: %1.</translation>
    </message>
    <message>
        <source>The planner would not use it (%1): not worth creating.</source>
        <translation>Der Planer würde ihn nicht nutzen (%1): das Anlegen lohnt nicht.</translation>
    </message>
</context>
<context>
    <name>opsdash::TablePanel</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Export table as CSV…</source>
        <translation>Tabelle als CSV exportieren…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Export the shown rows as CSV</source>
        <translation>Die angezeigten Zeilen als CSV exportieren</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>opsdash::am</name>
    <message>
        <source>cannot read a matcher at &quot;%1&quot;: write name=value, name!=value, name=~regex or name!~regex, separated by commas</source>
        <translation>kann keinen Matcher bei „%1“ lesen: schreiben Sie name=wert, name!=wert, name=~regex oder name!~regex, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a regular expression</source>
        <translation>%1: „%2“ ist kein regulärer Ausdruck</translation>
    </message>
    <message>
        <source>a silence needs at least one matcher</source>
        <translation>eine Stummschaltung braucht mindestens einen Matcher</translation>
    </message>
    <message>
        <source>at least one matcher must be = or =~ with a value (Alertmanager refuses a silence of everything)</source>
        <translation>mindestens ein Matcher muss = oder =~ mit einem Wert sein (Alertmanager lehnt eine Stummschaltung von allem ab)</translation>
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
    <message>
        <source>expected a date, got &quot;%1&quot;</source>
        <translation>Datum erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>a queue without a name</source>
        <translation>eine Warteschlange ohne Namen</translation>
    </message>
    <message>
        <source>unknown report status &quot;%1&quot;</source>
        <translation>unbekannter Berichtsstatus „%1“</translation>
    </message>
    <message>
        <source>a report without an id</source>
        <translation>ein Bericht ohne ID</translation>
    </message>
    <message>
        <source>expected a share between 0 and 1</source>
        <translation>erwartet wurde ein Anteil zwischen 0 und 1</translation>
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
<context>
    <name>opsdash::prom</name>
    <message>
        <source>expected a vector or a matrix</source>
        <translation>Vektor oder Matrix erwartet</translation>
    </message>
    <message>
        <source>%1 series, more than the %2 opsdash reads</source>
        <translation>%1 Reihen, mehr als die %2, die opsdash liest</translation>
    </message>
    <message>
        <source>more than %1 points in all</source>
        <translation>insgesamt mehr als %1 Punkte</translation>
    </message>
    <message>
        <source>expected a label value (text)</source>
        <translation>Label-Wert (Text) erwartet</translation>
    </message>
    <message>
        <source>expected [time, &quot;value&quot;]</source>
        <translation>[Zeit, &quot;Wert&quot;] erwartet</translation>
    </message>
    <message>
        <source>expected a sample value</source>
        <translation>Messwert erwartet</translation>
    </message>
    <message>
        <source>time out of range</source>
        <translation>Zeit außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>the answer&apos;s status is not &quot;success&quot;</source>
        <translation>der Status der Antwort ist nicht „success“</translation>
    </message>
    <message>
        <source>no data in the answer</source>
        <translation>keine Daten in der Antwort</translation>
    </message>
    <message>
        <source>expected an RFC 3339 time</source>
        <translation>RFC-3339-Zeit erwartet</translation>
    </message>
    <message>
        <source>no silenceID in the answer</source>
        <translation>keine silenceID in der Antwort</translation>
    </message>
</context>
<context>
    <name>opsdash::tables</name>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Avg</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Füllung</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <source>Checked in %</source>
        <translation>Eingecheckt %</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Avg payment</source>
        <translation>Ø Zahlung</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Hit ratio</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Blocks read</source>
        <translation>Gelesene Blöcke</translation>
    </message>
    <message>
        <source>Temp blocks</source>
        <translation>Temp-Blöcke</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Waiting on</source>
        <translation>Wartet auf</translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation>Blockiert von</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Live rows</source>
        <translation>Lebende Zeilen</translation>
    </message>
    <message>
        <source>Dead rows</source>
        <translation>Tote Zeilen</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Last vacuum</source>
        <translation>Letztes VACUUM</translation>
    </message>
    <message>
        <source>Last analyze</source>
        <translation>Letztes ANALYZE</translation>
    </message>
    <message>
        <source>Seq scans</source>
        <translation>Seq-Scans</translation>
    </message>
    <message>
        <source>Rows per seq scan</source>
        <translation>Zeilen je Seq-Scan</translation>
    </message>
    <message>
        <source>Index scans</source>
        <translation>Index-Scans</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>duplicate of %1</source>
        <translation>Duplikat von %1</translation>
    </message>
    <message>
        <source>covered by %1 (its leading columns)</source>
        <translation>abgedeckt durch %1 (dessen führende Spalten)</translation>
    </message>
    <message>
        <source>never scanned since the statistics reset</source>
        <translation>seit dem Zurücksetzen der Statistik nie gelesen</translation>
    </message>
    <message>
        <source>Percentiles over last</source>
        <translation>Perzentile über die letzten</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>eingeschränkt</translation>
    </message>
    <message>
        <source>up</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>ausgelöst</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>aufgehoben</translation>
    </message>
    <message>
        <source>Req/s</source>
        <translation>Anfr./s</translation>
    </message>
    <message>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <source>Heap</source>
        <translation>Heap</translation>
    </message>
    <message>
        <source>Heap use</source>
        <translation>Heap-Nutzung</translation>
    </message>
    <message>
        <source>Pool waiting</source>
        <translation>Pool wartend</translation>
    </message>
    <message>
        <source>Last scrape</source>
        <translation>Letzte Abfrage</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Silenced by</source>
        <translation>Stummgeschaltet durch</translation>
    </message>
    <message>
        <source>inhibited</source>
        <translation>unterdrückt</translation>
    </message>
    <message>
        <source>silenced</source>
        <translation>stummgeschaltet</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>unprocessed</source>
        <translation>unbearbeitet</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Matchers</source>
        <translation>Matcher</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginnt</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Angelegt von</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>Calls per request</source>
        <translation>Aufrufe pro Anfrage</translation>
    </message>
    <message>
        <source>Share of the time</source>
        <translation>Anteil an der Zeit</translation>
    </message>
</context>
</TS>
