<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>HelpDialogs</name>
    <message>
        <source>&lt;h3&gt;opsdash %1&lt;/h3&gt;&lt;p&gt;Operations dashboard for the events-registration platform: application metrics, database internals and guarded maintenance actions in one window.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;opsdash %1&lt;/h3&gt;&lt;p&gt;Tableau de bord d’exploitation de la plateforme d’inscription aux événements : métriques de l’application, internes de la base de données et actions de maintenance protégées dans une seule fenêtre.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2, exécuté sous Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Copy the selected rows of a table</source>
        <translation>Copier les lignes sélectionnées d’un tableau</translation>
    </message>
    <message>
        <source>Leave a filter or dialog</source>
        <translation>Quitter un filtre ou une boîte de dialogue</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Operations dashboard for eventsd</source>
        <translation>Tableau de bord d’exploitation pour eventsd</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>cannot write screenshot to %1</source>
        <translation>impossible d&apos;écrire la capture dans %1</translation>
    </message>
    <message>
        <source>Connection profile to open.</source>
        <translation>Profil de connexion à ouvrir.</translation>
    </message>
    <message>
        <source>Backend base URL (repeat or comma-separate for instances).</source>
        <translation>URL de base du backend (à répéter ou séparer par des virgules pour plusieurs instances).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Backend bearer token (default: $OPSDASH_TOKEN).</source>
        <translation>Jeton bearer du backend (par défaut : $OPSDASH_TOKEN).</translation>
    </message>
    <message>
        <source>token</source>
        <translation>jeton</translation>
    </message>
    <message>
        <source>PostgreSQL connection string or URI to monitor.</source>
        <translation>Chaîne de connexion ou URI PostgreSQL à surveiller.</translation>
    </message>
    <message>
        <source>conninfo</source>
        <translation>conninfo</translation>
    </message>
    <message>
        <source>Render the live window to a PNG file and exit (works offscreen).</source>
        <translation>Enregistrer la fenêtre en direct dans un fichier PNG et quitter (fonctionne sans écran).</translation>
    </message>
    <message>
        <source>With --screenshot: seconds to wait (default: until a few ticks of data arrived).</source>
        <translation>Avec --screenshot : secondes d&apos;attente (par défaut : jusqu&apos;à l&apos;arrivée de quelques relevés).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>system, light or dark.</source>
        <translation>system, light ou dark.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>Keep secrets in memory only; never ask the keychain.</source>
        <translation>Garder les secrets en mémoire seulement ; ne jamais interroger le trousseau.</translation>
    </message>
    <message>
        <source>unknown page &quot;%1&quot;; pages: %2</source>
        <translation>page « %1 » inconnue ; pages : %2</translation>
    </message>
    <message>
        <source>Page to show first: %1.</source>
        <translation>Page affichée en premier : %1.</translation>
    </message>
    <message>
        <source>Event to select on the events page.</source>
        <translation>Événement à sélectionner sur la page des événements.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>--event takes an event id, a positive integer</source>
        <translation>--event attend un identifiant d’événement, un entier positif</translation>
    </message>
    <message>
        <source>Role for VACUUM/ANALYZE/REINDEX from the health page (password: $OPSDASH_MAINTENANCE_PASSWORD).</source>
        <translation>Rôle pour VACUUM/ANALYZE/REINDEX depuis la page « health » (mot de passe : $OPSDASH_MAINTENANCE_PASSWORD).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>pgbouncer in front of the database, read with the database&apos;s role.</source>
        <translation>pgbouncer devant la base, lu avec le rôle de la base.</translation>
    </message>
    <message>
        <source>[host:]port</source>
        <translation>[hôte:]port</translation>
    </message>
    <message>
        <source>Prometheus (HTTP API v1) that scrapes the backend: history, long ranges, the fleet (token: $OPSDASH_PROMETHEUS_TOKEN).</source>
        <translation>Prometheus (API HTTP v1) qui collecte le backend : historique, longues périodes, la flotte (jeton : $OPSDASH_PROMETHEUS_TOKEN).</translation>
    </message>
    <message>
        <source>Alertmanager for the alerts page and silences.</source>
        <translation>Alertmanager pour la page des alertes et les silences.</translation>
    </message>
    <message>
        <source>Time range of the charts: %1.</source>
        <translation>Période des graphiques : %1.</translation>
    </message>
    <message>
        <source>range</source>
        <translation>période</translation>
    </message>
    <message>
        <source>unknown range &quot;%1&quot;; ranges: %2</source>
        <translation>période « %1 » inconnue ; périodes : %2</translation>
    </message>
</context>
<context>
    <name>opsdash::ActionLog</name>
    <message>
        <source>running…</source>
        <translation>en cours…</translation>
    </message>
</context>
<context>
    <name>opsdash::ActionPipeline</name>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>measuring for %1…</source>
        <translation>mesure pendant %1…</translation>
    </message>
    <message>
        <source>Silence the database&apos;s alerts in Alertmanager while it runs</source>
        <translation>Mettre en silence les alertes de la base dans Alertmanager pendant l&apos;opération</translation>
    </message>
    <message>
        <source>%1 on %2, from opsdash; expired when it ends</source>
        <translation>%1 sur %2, depuis opsdash ; levé à la fin</translation>
    </message>
    <message>
        <source> · database alerts not silenced: %1</source>
        <translation> · alertes de la base non mises en silence : %1</translation>
    </message>
    <message>
        <source> · database alerts silenced (%1)</source>
        <translation> · alertes de la base en silence (%1)</translation>
    </message>
    <message>
        <source> · silence %1 expired</source>
        <translation> · silence %1 levé</translation>
    </message>
    <message>
        <source> · silence %1 not expired: %2</source>
        <translation> · silence %1 non levé : %2</translation>
    </message>
</context>
<context>
    <name>opsdash::ActionsPage</name>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation>Instance :</translation>
    </message>
    <message>
        <source>Force GC…</source>
        <translation>Forcer le GC…</translation>
    </message>
    <message>
        <source>Optimize database…</source>
        <translation>Optimiser la base…</translation>
    </message>
    <message>
        <source>Clear metrics…</source>
        <translation>Effacer les métriques…</translation>
    </message>
    <message>
        <source>(this profile has no backend)</source>
        <translation>(ce profil n&apos;a pas de backend)</translation>
    </message>
    <message>
        <source>Actions log</source>
        <translation>Journal des actions</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
</context>
<context>
    <name>opsdash::AlertEngine</name>
    <message>
        <source>API p95 latency</source>
        <translation>Latence p95 de l&apos;API</translation>
    </message>
    <message>
        <source>DB query time</source>
        <translation>Temps de requête BD</translation>
    </message>
    <message>
        <source>Pool waiting clients</source>
        <translation>Clients en attente du pool</translation>
    </message>
    <message>
        <source>Heap usage</source>
        <translation>Utilisation du tas</translation>
    </message>
    <message>
        <source>Cache hit rate</source>
        <translation>Taux de succès du cache</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Taux d&apos;erreurs</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4</source>
        <translation>%1 %2 %3 %4</translation>
    </message>
    <message>
        <source>%1 back to %2</source>
        <translation>%1 revenu à %2</translation>
    </message>
    <message>
        <source>Jobs waiting</source>
        <translation>Tâches en attente</translation>
    </message>
    <message>
        <source>Dead jobs</source>
        <translation>Tâches mortes</translation>
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
        <translation>« %1 » n&apos;est pas un identifiant de silence</translation>
    </message>
</context>
<context>
    <name>opsdash::AlertsController</name>
    <message>
        <source>This profile has no Alertmanager: add its URL in the profile (or start with --alertmanager URL) to see its alerts and silences here.</source>
        <translation>Ce profil n&apos;a pas d&apos;Alertmanager : ajoutez son URL au profil (ou lancez avec --alertmanager URL) pour voir ici ses alertes et silences.</translation>
    </message>
    <message>
        <source>opsdash&apos;s own alerts exist only while this window is open.</source>
        <translation>Les alertes propres à opsdash n&apos;existent que tant que cette fenêtre est ouverte.</translation>
    </message>
    <message>
        <source>Alertmanager: %1 alerts (%2 active) · read at %3</source>
        <translation>Alertmanager : %1 alertes (%2 actives) · lu à %3</translation>
    </message>
    <message>
        <source>Alertmanager: %1</source>
        <translation>Alertmanager : %1</translation>
    </message>
    <message>
        <source>Create silence</source>
        <translation>Créer un silence</translation>
    </message>
    <message>
        <source>Alertmanager will hold back notifications of every alert matching %1 for %2.</source>
        <translation>Alertmanager retiendra les notifications de toute alerte correspondant à %1 pendant %2.</translation>
    </message>
    <message>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <source>%1 for %2: %3</source>
        <translation>%1 pendant %2 : %3</translation>
    </message>
    <message>
        <source>no Alertmanager</source>
        <translation>pas d&apos;Alertmanager</translation>
    </message>
    <message>
        <source>silence %1</source>
        <translation>silence %1</translation>
    </message>
    <message>
        <source>Expire silence</source>
        <translation>Lever le silence</translation>
    </message>
    <message>
        <source>Alerts matching %1 notify again at once.</source>
        <translation>Les alertes correspondant à %1 notifient de nouveau aussitôt.</translation>
    </message>
    <message>
        <source>silence %1 (%2)</source>
        <translation>silence %1 (%2)</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>levé</translation>
    </message>
</context>
<context>
    <name>opsdash::AlertsPage</name>
    <message>
        <source>Silence this alert…</source>
        <translation>Mettre cette alerte en silence…</translation>
    </message>
    <message>
        <source>New silence…</source>
        <translation>Nouveau silence…</translation>
    </message>
    <message>
        <source>Expire silence…</source>
        <translation>Lever le silence…</translation>
    </message>
    <message>
        <source>Alertmanager: active alerts</source>
        <translation>Alertmanager : alertes actives</translation>
    </message>
    <message>
        <source>opsdash&apos;s own alerts (this window)</source>
        <translation>Alertes propres à opsdash (cette fenêtre)</translation>
    </message>
    <message>
        <source>Silences</source>
        <translation>Silences</translation>
    </message>
</context>
<context>
    <name>opsdash::Annotations</name>
    <message>
        <source>%1 started</source>
        <translation>%1 démarré</translation>
    </message>
    <message>
        <source>%1: version %2 → %3</source>
        <translation>%1 : version %2 → %3</translation>
    </message>
</context>
<context>
    <name>opsdash::ApiController</name>
    <message>
        <source>Not offered by this backend (an eventsd extension; it answers 404).</source>
        <translation>Non proposé par ce backend (une extension d&apos;eventsd ; il répond 404).</translation>
    </message>
    <message>
        <source>This profile has no database: the Queries page is not there.</source>
        <translation>Ce profil n&apos;a pas de base de données : la page Requêtes n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Not on the Queries page: pg_stat_statements has no calls of it in the selected range, or the page&apos;s filters hide it.</source>
        <translation>Absente de la page Requêtes : pg_stat_statements n&apos;en a aucun appel sur la période choisie, ou les filtres de la page la masquent.</translation>
    </message>
</context>
<context>
    <name>opsdash::ApiPage</name>
    <message>
        <source>Requests per second</source>
        <translation>Requêtes par seconde</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>requêtes/s</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>avg</source>
        <translation>moy.</translation>
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
        <translation>Taux d&apos;erreurs</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>erreurs</translation>
    </message>
    <message>
        <source>Slow queries</source>
        <translation>Requêtes lentes</translation>
    </message>
    <message>
        <source>slow queries/min</source>
        <translation>requêtes lentes/min</translation>
    </message>
    <message>
        <source>Endpoints (slowest first)</source>
        <translation>Points d&apos;accès (les plus lents d&apos;abord)</translation>
    </message>
    <message>
        <source>p95 threshold</source>
        <translation>seuil p95</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>seuil</translation>
    </message>
    <message>
        <source>Percentiles are not offered by this backend; averages only.</source>
        <translation>Ce backend ne fournit pas de percentiles, seulement des moyennes.</translation>
    </message>
    <message>
        <source>Choose an endpoint to see where its time goes.</source>
        <translation>Choisissez un point d&apos;accès pour voir où passe son temps.</translation>
    </message>
    <message>
        <source>Its statements (costliest first)</source>
        <translation>Ses requêtes (les plus coûteuses d&apos;abord)</translation>
    </message>
    <message>
        <source>Open on the Queries page</source>
        <translation>Ouvrir dans la page Requêtes</translation>
    </message>
    <message>
        <source>Where %1 spends its time</source>
        <translation>Où %1 passe son temps</translation>
    </message>
    <message>
        <source>Asking the backend…</source>
        <translation>Interrogation du backend…</translation>
    </message>
    <message>
        <source>The backend has no figures for this endpoint since its last clear.</source>
        <translation>Le backend n&apos;a aucun chiffre pour ce point d&apos;accès depuis sa dernière remise à zéro.</translation>
    </message>
    <message>
        <source>database %1 · waiting for a connection %2 · cache %3 · handler %4 — %5 statements per request, %6 requests averaging %7</source>
        <translation>base de données %1 · attente d&apos;une connexion %2 · cache %3 · gestionnaire %4 — %5 requêtes SQL par requête, %6 requêtes de %7 en moyenne</translation>
    </message>
</context>
<context>
    <name>opsdash::BackendActions</name>
    <message>
        <source>Removes every cache entry whose key matches “%1” from %2. The next requests for them go to the database until the cache is warm again. p95 latency and the hit rate of the minute before and the minute after are recorded.</source>
        <translation>Supprime chaque entrée de cache dont la clé correspond à “%1” de %2. Les requêtes suivantes iront à la base de données jusqu&apos;à ce que le cache soit de nouveau chaud. La latence p95 et le taux de succès de la minute avant et de la minute après sont enregistrés.</translation>
    </message>
    <message>
        <source>the shared Redis cache and the memory cache of every instance</source>
        <translation>le cache Redis partagé et le cache mémoire de chaque instance</translation>
    </message>
    <message>
        <source>this instance&apos;s memory cache and the shared Redis cache</source>
        <translation>le cache mémoire de cette instance et le cache Redis partagé</translation>
    </message>
    <message>
        <source>Asks the backend to collect garbage and return free memory now. Heap and RSS before and after are recorded.</source>
        <translation>Demande au backend de collecter les déchets et de rendre la mémoire libre maintenant. Le tas et le RSS avant et après sont enregistrés.</translation>
    </message>
    <message>
        <source>Asks the backend to optimize the database (ANALYZE of its tables). It reads every table once and may slow queries down while it runs. p95 latency and the DB query time of the minute before and after are recorded.</source>
        <translation>Demande au backend d&apos;optimiser la base de données (ANALYZE de ses tables). Chaque table est lue une fois et les requêtes peuvent ralentir pendant ce temps. La latence p95 et le temps de requête de la minute avant et après sont enregistrés.</translation>
    </message>
    <message>
        <source>Sets the heap usage above which the backend acts to “%1”.</source>
        <translation>Fixe à “%1” l&apos;utilisation du tas au-delà de laquelle le backend agit.</translation>
    </message>
    <message>
        <source>Clears the query and request metrics the backend has collected (slow queries, endpoint statistics). opsdash keeps its own history.</source>
        <translation>Efface les métriques de requêtes collectées par le backend (requêtes lentes, statistiques des points d&apos;accès). opsdash garde son propre historique.</translation>
    </message>
    <message>
        <source>pattern %1, scope %2</source>
        <translation>motif %1, portée %2</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>instance</source>
        <translation>instance</translation>
    </message>
    <message>
        <source>the backend client is gone</source>
        <translation>le client du backend n’existe plus</translation>
    </message>
    <message>
        <source>%1 (%2 keys)</source>
        <translation>%1 (%2 clés)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>p95 %1</source>
        <translation>p95 %1</translation>
    </message>
    <message>
        <source>hit rate %1</source>
        <translation>taux de succès %1</translation>
    </message>
    <message>
        <source>DB query %1</source>
        <translation>requête BD %1</translation>
    </message>
    <message>
        <source>no figures</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source>heap used %1, RSS %2</source>
        <translation>tas utilisé %1, RSS %2</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>seuil %1</translation>
    </message>
    <message>
        <source>usage %1</source>
        <translation>utilisation %1</translation>
    </message>
    <message>
        <source>%1 requests, %2 queries recorded</source>
        <translation>%1 requêtes HTTP, %2 requêtes SQL enregistrées</translation>
    </message>
    <message>
        <source>Invalidate cache</source>
        <translation>Invalider le cache</translation>
    </message>
    <message>
        <source>Force GC</source>
        <translation>Forcer le GC</translation>
    </message>
    <message>
        <source>Optimize database</source>
        <translation>Optimiser la base de données</translation>
    </message>
    <message>
        <source>Set memory threshold</source>
        <translation>Définir le seuil mémoire</translation>
    </message>
    <message>
        <source>Clear metrics</source>
        <translation>Effacer les métriques</translation>
    </message>
    <message>
        <source>all instances of %1 (sent to %2)</source>
        <translation>toutes les instances de %1 (envoyé à %2)</translation>
    </message>
    <message>
        <source>%1 (profile %2)</source>
        <translation>%1 (profil %2)</translation>
    </message>
    <message>
        <source>all instances</source>
        <translation>toutes les instances</translation>
    </message>
    <message>
        <source>Puts the dead job %1 of the queue “%2” back into the queue with a fresh count of attempts. Its handler runs again; the queue&apos;s figures before and after are recorded.</source>
        <translation>Remet la tâche morte %1 de la file « %2 » dans la file, avec un nouveau compte d&apos;essais. Son traitement s&apos;exécute à nouveau ; les chiffres de la file avant et après sont consignés.</translation>
    </message>
    <message>
        <source>Puts every dead job of the queue “%1” back into the queue with a fresh count of attempts. If what made them fail still holds, they fail again.</source>
        <translation>Remet toutes les tâches mortes de la file « %1 » dans la file, avec un nouveau compte d&apos;essais. Si la cause de l&apos;échec persiste, elles échouent à nouveau.</translation>
    </message>
    <message>
        <source>Deletes every dead job of the queue “%1” for good: their errors are gone and they cannot be retried.</source>
        <translation>Supprime définitivement toutes les tâches mortes de la file « %1 » : leurs erreurs disparaissent et elles ne peuvent plus être relancées.</translation>
    </message>
    <message>
        <source>Stops the workers of every instance from taking new jobs of the queue “%1”. Jobs keep arriving and wait; running ones finish.</source>
        <translation>Empêche les workers de toutes les instances de prendre de nouvelles tâches de la file « %1 ». Les tâches continuent d&apos;arriver et attendent ; celles en cours se terminent.</translation>
    </message>
    <message>
        <source>Lets the workers take jobs of the queue “%1” again.</source>
        <translation>Laisse les workers reprendre les tâches de la file « %1 ».</translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation>file %1</translation>
    </message>
    <message>
        <source>queue %1, job %2 (entry %3)</source>
        <translation>file %1, tâche %2 (entrée %3)</translation>
    </message>
    <message>
        <source>queue %1 paused</source>
        <translation>file %1 en pause</translation>
    </message>
    <message>
        <source>queue %1 resumed</source>
        <translation>file %1 reprise</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) purged</source>
        <translation>
            <numerusform>%n tâche supprimée</numerusform>
            <numerusform>%n tâches supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) back in the queue</source>
        <translation>
            <numerusform>%n tâche remise dans la file</numerusform>
            <numerusform>%n tâches remises dans la file</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting %1, active %2, delayed %3, dead %4%5</source>
        <translation>en attente %1, actives %2, différées %3, mortes %4%5</translation>
    </message>
    <message>
        <source>, paused</source>
        <translation>, en pause</translation>
    </message>
    <message>
        <source>Queue action</source>
        <translation>Action sur une file</translation>
    </message>
    <message>
        <source>Retry dead job</source>
        <translation>Relancer une tâche morte</translation>
    </message>
    <message>
        <source>Retry all dead jobs</source>
        <translation>Relancer toutes les tâches mortes</translation>
    </message>
    <message>
        <source>Purge dead jobs</source>
        <translation>Supprimer les tâches mortes</translation>
    </message>
    <message>
        <source>Pause queue</source>
        <translation>Mettre la file en pause</translation>
    </message>
    <message>
        <source>Resume queue</source>
        <translation>Reprendre la file</translation>
    </message>
</context>
<context>
    <name>opsdash::BackendClient</name>
    <message>
        <source>wrong e-mail or password</source>
        <translation>adresse e-mail ou mot de passe incorrect</translation>
    </message>
    <message>
        <source>the login answer has no access token</source>
        <translation>la réponse de connexion ne contient pas de jeton d’accès</translation>
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
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the backend</source>
        <translation>le backend</translation>
    </message>
</context>
<context>
    <name>opsdash::BackendEvents</name>
    <message>
        <source>This backend does not offer an event’s summary (an eventsd extension); a profile with a database shows the figures from PostgreSQL.</source>
        <translation>Ce backend n’offre pas le résumé d’un événement (une extension d’eventsd) ; un profil avec une base de données affiche les chiffres de PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>opsdash::CachePage</name>
    <message>
        <source>Invalidate cache</source>
        <translation>Invalider le cache</translation>
    </message>
    <message>
        <source>key pattern, e.g. events:*</source>
        <translation>motif de clé, p. ex. events:*</translation>
    </message>
    <message>
        <source>this instance</source>
        <translation>cette instance</translation>
    </message>
    <message>
        <source>all instances</source>
        <translation>toutes les instances</translation>
    </message>
    <message>
        <source>Pattern:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Portée :</translation>
    </message>
    <message>
        <source>Cache hit rate</source>
        <translation>Taux de succès du cache</translation>
    </message>
    <message>
        <source>hit rate</source>
        <translation>taux de succès</translation>
    </message>
    <message>
        <source>Hits and misses</source>
        <translation>Succès et échecs</translation>
    </message>
    <message>
        <source>hits/s</source>
        <translation>succès/s</translation>
    </message>
    <message>
        <source>misses/s</source>
        <translation>échecs/s</translation>
    </message>
    <message>
        <source>Invalidate on all instances…</source>
        <translation>Invalider sur toutes les instances…</translation>
    </message>
    <message>
        <source>Invalidate on this instance…</source>
        <translation>Invalider sur cette instance…</translation>
    </message>
    <message>
        <source>alert threshold</source>
        <translation>seuil d&apos;alerte</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;td align=right&gt;%5&lt;/td&gt;&lt;td align=right&gt;%6&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;td align=right&gt;%5&lt;/td&gt;&lt;td align=right&gt;%6&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=8&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;keys&lt;/th&gt;&lt;th&gt;bytes&lt;/th&gt;&lt;th&gt;hits&lt;/th&gt;&lt;th&gt;misses&lt;/th&gt;&lt;th&gt;hit rate&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table cellspacing=8&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;clés&lt;/th&gt;&lt;th&gt;octets&lt;/th&gt;&lt;th&gt;succès&lt;/th&gt;&lt;th&gt;échecs&lt;/th&gt;&lt;th&gt;taux de succès&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>L1 (memory)</source>
        <translation>L1 (mémoire)</translation>
    </message>
    <message>
        <source>L2 (Redis)</source>
        <translation>L2 (Redis)</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;All&lt;/b&gt;&lt;/td&gt;&lt;td align=right&gt;%1&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;td align=right&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Total&lt;/b&gt;&lt;/td&gt;&lt;td align=right&gt;%1&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;td align=right&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>opsdash::ChartWidget</name>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>par seconde</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>par minute</translation>
    </message>
    <message>
        <source>Export chart as PNG…</source>
        <translation>Exporter le graphique en PNG…</translation>
    </message>
    <message>
        <source>%1
%2 at %3</source>
        <translation>%1
%2 à %3</translation>
    </message>
    <message>
        <source>%1 /min</source>
        <translation>%1 /min</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>seuil</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Pas encore de données</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
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
        <translation>Confirmer : %1</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Cible :</translation>
    </message>
    <message>
        <source>This is a &lt;b&gt;production&lt;/b&gt; profile. Type &lt;b&gt;%1&lt;/b&gt; to confirm.</source>
        <translation>Ceci est un profil de &lt;b&gt;production&lt;/b&gt;. Tapez &lt;b&gt;%1&lt;/b&gt; pour confirmer.</translation>
    </message>
</context>
<context>
    <name>opsdash::ConnectionTest</name>
    <message>
        <source>✘ the profile has neither a backend URL nor a database</source>
        <translation>✘ le profil n&apos;a ni URL de backend ni base de données</translation>
    </message>
    <message>
        <source>✘ %1: login as %2 failed: %3</source>
        <translation>✘ %1 : la connexion en tant que %2 a échoué : %3</translation>
    </message>
    <message>
        <source>✘ %1: this account may not read the performance API (403): use an operator or admin account</source>
        <translation>✘ %1 : ce compte ne peut pas lire l&apos;API de performance (403) : utilisez un compte opérateur ou administrateur</translation>
    </message>
    <message>
        <source>✘ %1: %2</source>
        <translation>✘ %1 : %2</translation>
    </message>
    <message>
        <source>✘ %1 answers, but not with the performance API&apos;s shape: %2</source>
        <translation>✘ %1 répond, mais pas au format de l&apos;API de performance : %2</translation>
    </message>
    <message>
        <source>✔ %1: performance API answers (%2, up %3)</source>
        <translation>✔ %1 : l&apos;API de performance répond (%2, en service depuis %3)</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>version inconnue</translation>
    </message>
    <message>
        <source>✘ PostgreSQL %1: %2</source>
        <translation>✘ PostgreSQL %1 : %2</translation>
    </message>
    <message>
        <source>✔ PostgreSQL %1: connected to %2 as %3</source>
        <translation>✔ PostgreSQL %1 : connecté à %2 en tant que %3</translation>
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
        <translation>ligne de commande</translation>
    </message>
    <message>
        <source>invalid backend URL: %1</source>
        <translation>URL de backend invalide : %1</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot;; profiles: %2</source>
        <translation>aucun profil nommé « %1 » ; profils : %2</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Mot de passe pour %1</translation>
    </message>
    <message>
        <source>Backend password for %1:</source>
        <translation>Mot de passe backend pour %1 :</translation>
    </message>
    <message>
        <source>No keychain service is available (%1): passwords and tokens are kept in memory for this session only and will be asked for again next time.</source>
        <translation>Aucun service de trousseau disponible (%1) : mots de passe et jetons restent en mémoire pour cette session seulement et seront redemandés la prochaine fois.</translation>
    </message>
    <message>
        <source>--pgbouncer takes [HOST:]PORT, not %1</source>
        <translation>--pgbouncer attend [HÔTE:]PORT, pas %1</translation>
    </message>
    <message>
        <source>invalid URL: %1</source>
        <translation>URL invalide : %1</translation>
    </message>
</context>
<context>
    <name>opsdash::DashboardPage</name>
    <message>
        <source>This profile has no backend: add its URL in the profile to see application figures.</source>
        <translation>Ce profil n&apos;a pas de backend : ajoutez son URL dans le profil pour voir les chiffres de l&apos;application.</translation>
    </message>
    <message>
        <source>Waiting for the backend…</source>
        <translation>En attente du backend…</translation>
    </message>
    <message>
        <source>This profile has no database: add PostgreSQL&apos;s host and database to see its own figures.</source>
        <translation>Ce profil n&apos;a pas de base de données : ajoutez l&apos;hôte et la base PostgreSQL pour voir ses propres chiffres.</translation>
    </message>
    <message>
        <source>PostgreSQL: %1</source>
        <translation>PostgreSQL : %1</translation>
    </message>
    <message>
        <source>Waiting for PostgreSQL…</source>
        <translation>En attente de PostgreSQL…</translation>
    </message>
    <message>
        <source>Not offered by this backend (an eventsd extension; it answers 404).</source>
        <translation>Non proposé par ce backend (une extension d’eventsd ; il répond 404).</translation>
    </message>
</context>
<context>
    <name>opsdash::DatabasePage</name>
    <message>
        <source>Optimize database…</source>
        <translation>Optimiser la base…</translation>
    </message>
    <message>
        <source>Asks the backend to refresh statistics and clean up (its /performance/database/optimize).</source>
        <translation>Demande au backend de rafraîchir les statistiques et de nettoyer (son /performance/database/optimize).</translation>
    </message>
    <message>
        <source>Connection pool</source>
        <translation>Pool de connexions</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactives</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>Transactions per second (PostgreSQL)</source>
        <translation>Transactions par seconde (PostgreSQL)</translation>
    </message>
    <message>
        <source>commits</source>
        <translation>validations</translation>
    </message>
    <message>
        <source>rollbacks</source>
        <translation>annulations</translation>
    </message>
    <message>
        <source>Buffer cache hit ratio (PostgreSQL)</source>
        <translation>Taux de succès du cache de tampons (PostgreSQL)</translation>
    </message>
    <message>
        <source>hit ratio</source>
        <translation>taux de succès</translation>
    </message>
    <message>
        <source>Sessions by state (PostgreSQL)</source>
        <translation>Sessions par état (PostgreSQL)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actives</translation>
    </message>
    <message>
        <source>idle in transaction</source>
        <translation>inactives en transaction</translation>
    </message>
    <message>
        <source>waiting on a lock</source>
        <translation>en attente de verrou</translation>
    </message>
    <message>
        <source>Slow queries</source>
        <translation>Requêtes lentes</translation>
    </message>
    <message>
        <source>Query frequency</source>
        <translation>Fréquence des requêtes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Database&lt;/b&gt; %1 · %2 tables · %3 indexes · %4 connections</source>
        <translation>&lt;b&gt;Base de données&lt;/b&gt; %1 · %2 tables · %3 index · %4 connexions</translation>
    </message>
    <message>
        <source>&lt;b&gt;Database&lt;/b&gt; size and counts arrive with the next poll</source>
        <translation>&lt;b&gt;Base de données&lt;/b&gt; : taille et compteurs arrivent au prochain relevé</translation>
    </message>
    <message>
        <source>&lt;b&gt;PostgreSQL&lt;/b&gt; %1 · %2 client sessions · longest transaction %3</source>
        <translation>&lt;b&gt;PostgreSQL&lt;/b&gt; %1 · %2 sessions client · plus longue transaction %3</translation>
    </message>
    <message>
        <source>Statement statistics →</source>
        <translation>Statistiques des instructions →</translation>
    </message>
    <message>
        <source>Sessions and locks →</source>
        <translation>Sessions et verrous →</translation>
    </message>
    <message>
        <source>Tables, indexes, maintenance →</source>
        <translation>Tables, index, maintenance →</translation>
    </message>
    <message>
        <source>pgbouncer pools</source>
        <translation>Pools pgbouncer</translation>
    </message>
    <message>
        <source>clients active</source>
        <translation>clients actifs</translation>
    </message>
    <message>
        <source>clients waiting</source>
        <translation>clients en attente</translation>
    </message>
    <message>
        <source>servers active</source>
        <translation>serveurs actifs</translation>
    </message>
    <message>
        <source>servers idle</source>
        <translation>serveurs inactifs</translation>
    </message>
    <message>
        <source>pgbouncer longest client wait</source>
        <translation>pgbouncer : plus longue attente d’un client</translation>
    </message>
    <message>
        <source>max wait</source>
        <translation>attente max.</translation>
    </message>
    <message>
        <source>Waiting for pgbouncer…</source>
        <translation>En attente de pgbouncer…</translation>
    </message>
    <message>
        <source>&lt;b&gt;pgbouncer&lt;/b&gt; %1 pools · %2 clients waiting · longest wait %3%4</source>
        <translation>&lt;b&gt;pgbouncer&lt;/b&gt; %1 pools · %2 clients en attente · plus longue attente %3%4</translation>
    </message>
    <message>
        <source> · average query %1</source>
        <translation> · requête moyenne %1</translation>
    </message>
</context>
<context>
    <name>opsdash::EventDetail</name>
    <message>
        <source>Registrations over time</source>
        <translation>Inscriptions dans le temps</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>inscrits</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>enregistrés</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>capacité</translation>
    </message>
    <message>
        <source>Check-in:</source>
        <translation>Enregistrement :</translation>
    </message>
    <message>
        <source>Payments:</source>
        <translation>Paiements :</translation>
    </message>
    <message>
        <source>Select an event to see its registrations over time, check-ins and payments.</source>
        <translation>Sélectionnez un événement pour voir ses inscriptions dans le temps, ses enregistrements et ses paiements.</translation>
    </message>
    <message>
        <source>Loading the event&apos;s figures…</source>
        <translation>Chargement des chiffres de l’événement…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 of %4 places taken (%5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 places prises sur %4 (%5)</translation>
    </message>
    <message>
        <source>%1 of %2 checked in (%3)</source>
        <translation>%1 enregistrés sur %2 (%3)</translation>
    </message>
    <message>
        <source>No registrations yet.</source>
        <translation>Aucune inscription pour l’instant.</translation>
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
        <translation>Statistiques d&apos;événements : %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>This profile has neither a backend nor a database to read events from.</source>
        <translation>Ce profil n&apos;a ni backend ni base de données d&apos;où lire les événements.</translation>
    </message>
    <message>
        <source>Reports are built by the backend: this profile has none.</source>
        <translation>Les rapports sont construits par le backend : ce profil n&apos;en a pas.</translation>
    </message>
    <message>
        <source>Not offered by this backend (an eventsd extension; it answers 404).</source>
        <translation>Non proposé par ce backend (une extension d&apos;eventsd ; il répond 404).</translation>
    </message>
    <message>
        <source>not offered by this backend</source>
        <translation>non proposé par ce backend</translation>
    </message>
</context>
<context>
    <name>opsdash::EventsDatabase</name>
    <message>
        <source>PostgreSQL: %1</source>
        <translation>PostgreSQL : %1</translation>
    </message>
    <message>
        <source>There is no event %1.</source>
        <translation>Il n’y a pas d’événement %1.</translation>
    </message>
</context>
<context>
    <name>opsdash::EventsPage</name>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>BOM for Excel</source>
        <translation>BOM pour Excel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>tout état</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>toutes les dates</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>past</source>
        <translation>passés</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Rafraîchir</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>Export registrations</source>
        <translation>Exporter les inscriptions</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Totals&lt;/b&gt; of %1 events shown: %2 registrations of %3 places (%4), %5 checked in, revenue %6</source>
        <translation>&lt;b&gt;Totaux&lt;/b&gt; des %1 événements affichés : %2 inscriptions pour %3 places (%4), %5 entrées, recettes %6</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <source>%1 rows · %2 MB/s</source>
        <translation>%1 lignes · %2 Mo/s</translation>
    </message>
    <message>
        <source>Search registrations by name or e-mail</source>
        <translation>Rechercher des inscriptions par nom ou e-mail</translation>
    </message>
    <message>
        <source>Request report</source>
        <translation>Demander un rapport</translation>
    </message>
    <message>
        <source>Download report…</source>
        <translation>Télécharger le rapport…</translation>
    </message>
    <message>
        <source>The backend builds the event&apos;s registrations report in its report queue; this page says when it is ready and downloads it.</source>
        <translation>Le backend construit le rapport des inscriptions de l&apos;événement dans sa file de rapports ; cette page dit quand il est prêt et le télécharge.</translation>
    </message>
    <message>
        <source>Download report</source>
        <translation>Télécharger le rapport</translation>
    </message>
    <message>
        <source>The report could not be asked for: %1</source>
        <translation>Le rapport n&apos;a pas pu être demandé : %1</translation>
    </message>
    <message>
        <source>Report #%1 of event %2 is queued…</source>
        <translation>Le rapport n°%1 de l&apos;événement %2 est en file d&apos;attente…</translation>
    </message>
    <message>
        <source>Report #%1 of event %2 is being built…</source>
        <translation>Le rapport n°%1 de l&apos;événement %2 est en cours de construction…</translation>
    </message>
    <message>
        <source>Report #%1 of event %2 is ready: %3 rows.</source>
        <translation>Le rapport n°%1 de l&apos;événement %2 est prêt : %3 lignes.</translation>
    </message>
    <message>
        <source>Report #%1 of event %2 failed: %3</source>
        <translation>Le rapport n°%1 de l&apos;événement %2 a échoué : %3</translation>
    </message>
</context>
<context>
    <name>opsdash::ExportCommand</name>
    <message>
        <source>opsdash export: login as %1 failed: %2</source>
        <translation>opsdash export : la connexion en tant que %1 a échoué : %2</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> sur %1</translation>
    </message>
    <message>
        <source>%1%2 rows, %3 MB, %4 MB/s   </source>
        <translation>%1%2 lignes, %3 Mo, %4 Mo/s   </translation>
    </message>
    <message>
        <source>opsdash export: %1</source>
        <translation>opsdash export : %1</translation>
    </message>
    <message>
        <source>opsdash export: %1 to %2 (%3 MB in %4 s)</source>
        <translation>opsdash export : %1 vers %2 (%3 Mo en %4 s)</translation>
    </message>
    <message>
        <source>Export an event&apos;s registrations as CSV (a registration report).</source>
        <translation>Exporter les inscriptions d&apos;un événement en CSV (un rapport d&apos;inscriptions).</translation>
    </message>
    <message>
        <source>The export command.</source>
        <translation>La commande d&apos;export.</translation>
    </message>
    <message>
        <source>Event id.</source>
        <translation>Identifiant de l&apos;événement.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>CSV file to write.</source>
        <translation>Fichier CSV à écrire.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Connection profile to use.</source>
        <translation>Profil de connexion à utiliser.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Backend base URL.</source>
        <translation>URL de base du backend.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Backend bearer token (default: $OPSDASH_TOKEN).</source>
        <translation>Jeton bearer du backend (par défaut : $OPSDASH_TOKEN).</translation>
    </message>
    <message>
        <source>token</source>
        <translation>jeton</translation>
    </message>
    <message>
        <source>PostgreSQL connection string: export straight from the database.</source>
        <translation>Chaîne de connexion PostgreSQL : exporter directement depuis la base.</translation>
    </message>
    <message>
        <source>conninfo</source>
        <translation>conninfo</translation>
    </message>
    <message>
        <source>Start the file with a UTF-8 byte order mark (Excel).</source>
        <translation>Commencer le fichier par une marque d&apos;ordre des octets UTF-8 (Excel).</translation>
    </message>
    <message>
        <source>opsdash export: --event ID and --output FILE are required</source>
        <translation>opsdash export : --event ID et --output FICHIER sont requis</translation>
    </message>
    <message>
        <source>opsdash export: no profile named &quot;%1&quot;</source>
        <translation>opsdash export : aucun profil nommé « %1 »</translation>
    </message>
    <message>
        <source>opsdash export: give --backend URL, --database CONNINFO or --profile NAME</source>
        <translation>opsdash export : indiquez --backend URL, --database CONNINFO ou --profile NOM</translation>
    </message>
</context>
<context>
    <name>opsdash::FleetController</name>
    <message>
        <source>up</source>
        <translation>en marche</translation>
    </message>
    <message>
        <source>down</source>
        <translation>en panne</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>This profile has no Prometheus: add its URL in the profile (or start with --prometheus URL) to see every instance it scrapes.</source>
        <translation>Ce profil n&apos;a pas de Prometheus : ajoutez son URL au profil (ou lancez avec --prometheus URL) pour voir chaque instance qu&apos;il collecte.</translation>
    </message>
    <message>
        <source>%1 instances, %2 up · read at %3</source>
        <translation>%1 instances, %2 en marche · lu à %3</translation>
    </message>
    <message>
        <source>Prometheus: %1</source>
        <translation>Prometheus : %1</translation>
    </message>
    <message>
        <source>%1 is not one of this profile&apos;s backend URLs: add it to the profile to watch it here.</source>
        <translation>%1 n&apos;est pas une des URL de backend de ce profil : ajoutez-la au profil pour la suivre ici.</translation>
    </message>
    <message>
        <source>The other pages show only %1 from now on (Fleet → All instances shows every one again).</source>
        <translation>Les autres pages ne montrent désormais que %1 (Flotte → Toutes les instances les montre toutes de nouveau).</translation>
    </message>
    <message>
        <source>The other pages show every instance again.</source>
        <translation>Les autres pages montrent de nouveau toutes les instances.</translation>
    </message>
</context>
<context>
    <name>opsdash::FleetPage</name>
    <message>
        <source>All instances</source>
        <translation>Toutes les instances</translation>
    </message>
    <message>
        <source>Show every instance on the other pages again.</source>
        <translation>Montrer de nouveau toutes les instances sur les autres pages.</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>Double-click an instance to narrow the other pages to it.</source>
        <translation>Double-cliquez sur une instance pour y restreindre les autres pages.</translation>
    </message>
</context>
<context>
    <name>opsdash::HealthPage</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Sizes and index findings are read when the page opens and every five minutes while it is shown.</source>
        <translation>Les tailles et les constats sur les index sont lus à l’ouverture de la page puis toutes les cinq minutes tant qu’elle est affichée.</translation>
    </message>
    <message>
        <source>Read at %1. No table is read mostly by large sequential scans.</source>
        <translation>Lu à %1. Aucune table n’est lue surtout par de grands parcours séquentiels.</translation>
    </message>
    <message>
        <source>Read at %1. Index candidates (mostly large sequential scans): %2</source>
        <translation>Lu à %1. Candidats à un index (surtout de grands parcours séquentiels) : %2</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Select a table first.</source>
        <translation>Sélectionnez d’abord une table.</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 en cours…</translation>
    </message>
    <message>
        <source>REINDEX INDEX CONCURRENTLY…</source>
        <translation>REINDEX INDEX CONCURRENTLY…</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Select an index first.</source>
        <translation>Sélectionnez d’abord un index.</translation>
    </message>
</context>
<context>
    <name>opsdash::HttpApi</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1 refused the credentials (401): check the profile&apos;s token or password</source>
        <translation>%1 a refusé les identifiants (401) : vérifiez le jeton ou le mot de passe du profil</translation>
    </message>
    <message>
        <source>%1 does not allow this (403)%2</source>
        <translation>%1 ne le permet pas (403)%2</translation>
    </message>
    <message>
        <source>%1 has no %2 (404): is the URL that of %1?</source>
        <translation>%1 n&apos;a pas de %2 (404) : est-ce bien l&apos;URL de %1 ?</translation>
    </message>
    <message>
        <source>%1 answered %2%3</source>
        <translation>%1 a répondu %2%3</translation>
    </message>
</context>
<context>
    <name>opsdash::HttpError</name>
    <message>
        <source>%1 refused the connection: is %2 running on port %3?</source>
        <translation>%1 a refusé la connexion : %2 tourne-t-il sur le port %3 ?</translation>
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
        <source>the answer from %1 is larger than %2: opsdash stopped reading it (the profile&apos;s limit)</source>
        <translation>la réponse de %1 dépasse %2 : opsdash a cessé de la lire (limite du profil)</translation>
    </message>
    <message>
        <source>%1 did not answer in HTTP/1.1: %2</source>
        <translation>%1 n&apos;a pas répondu en HTTP/1.1 : %2</translation>
    </message>
    <message>
        <source>request to %1 failed: %2</source>
        <translation>échec de la requête vers %1 : %2</translation>
    </message>
</context>
<context>
    <name>opsdash::InternalsController</name>
    <message>
        <source>Terminate session</source>
        <translation>Terminer la session</translation>
    </message>
    <message>
        <source>Cancel query</source>
        <translation>Annuler la requête</translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
    <message>
        <source>Reset statement statistics</source>
        <translation>Réinitialiser les statistiques des instructions</translation>
    </message>
    <message>
        <source>This profile has no maintenance role: name one in the profile (a role that may VACUUM these tables, usually their owner). The monitoring role only reads.</source>
        <translation>Ce profil n’a pas de rôle de maintenance : indiquez-en un dans le profil (un rôle qui peut faire VACUUM sur ces tables, en général leur propriétaire). Le rôle de surveillance ne fait que lire.</translation>
    </message>
    <message>
        <source>session %1 (%2, %3, %4 for %5): %6</source>
        <translation>session %1 (%2, %3, %4 depuis %5) : %6</translation>
    </message>
    <message>
        <source>No session holds a lock it would wait for.</source>
        <translation>Aucune session ne détient de verrou qu’il devrait attendre.</translation>
    </message>
    <message>
        <source>It would wait for:
%1</source>
        <translation>Il devrait attendre :
%1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>done in %1</source>
        <translation>fait en %1</translation>
    </message>
    <message>
        <source>pg_terminate_backend ends session %1: its open transaction rolls back and the client loses its connection.

%2</source>
        <translation>pg_terminate_backend termine la session %1 : sa transaction ouverte est annulée et le client perd sa connexion.

%2</translation>
    </message>
    <message>
        <source>pg_cancel_backend cancels the running statement of session %1; the session stays.

%2</source>
        <translation>pg_cancel_backend annule l’instruction en cours de la session %1 ; la session reste.

%2</translation>
    </message>
    <message>
        <source>pg_stat_statements_reset() empties the statistics of every statement of every database on this server, for every tool that reads them. The deltas here start again from zero.</source>
        <translation>pg_stat_statements_reset() vide les statistiques de toutes les instructions de toutes les bases de ce serveur, pour tout outil qui les lit. Les écarts ici repartent de zéro.</translation>
    </message>
    <message>
        <source>%1 takes a %2 lock on %3.%4: reads and writes go on, while other maintenance and schema changes on it wait. If it cannot get the lock within 5 s it gives up instead of queueing.</source>
        <translation>%1 prend un verrou %2 sur %3.%4 : lectures et écritures continuent, les autres maintenances et changements de schéma attendent. S’il n’obtient pas le verrou en 5 s, il abandonne au lieu d’attendre.</translation>
    </message>
    <message>
        <source>%1 %2. Now: %3</source>
        <translation>%1 %2. Maintenant : %3</translation>
    </message>
    <message>
        <source>Now: %1

%2</source>
        <translation>Maintenant : %1

%2</translation>
    </message>
    <message>
        <source>the profile has no maintenance role</source>
        <translation>le profil n’a pas de rôle de maintenance</translation>
    </message>
    <message>
        <source>the maintenance role could not connect: %1</source>
        <translation>le rôle de maintenance n’a pas pu se connecter : %1</translation>
    </message>
    <message>
        <source>EXPLAIN ANALYZE</source>
        <translation>EXPLAIN ANALYZE</translation>
    </message>
    <message>
        <source>EXPLAIN ANALYZE executes the statement on the server to time it: it takes as long as the statement and holds its locks. It runs in a transaction that is rolled back, on a read-only connection, so a statement that writes is refused rather than run.

%1</source>
        <translation>EXPLAIN ANALYZE exécute l’instruction sur le serveur pour la chronométrer : cela dure autant que l’instruction et en garde les verrous. Il tourne dans une transaction annulée ensuite, sur une connexion en lecture seule : une instruction qui écrit est refusée au lieu d’être exécutée.

%1</translation>
    </message>
    <message>
        <source>generic plan</source>
        <translation>plan générique</translation>
    </message>
    <message>
        <source>parameter values: %1</source>
        <translation>valeurs de paramètres : %1</translation>
    </message>
    <message>
        <source>Running the statement under EXPLAIN ANALYZE…</source>
        <translation>L’instruction s’exécute sous EXPLAIN ANALYZE…</translation>
    </message>
    <message>
        <source>executed in %1</source>
        <translation>exécutée en %1</translation>
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
    <message>
        <source>Live</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source> Profile: </source>
        <translation> Profil : </translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>  Range: </source>
        <translation>  Période : </translation>
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
        <translation>&amp;Nouveau profil…</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Modifier le profil…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Keep polling while minimized</source>
        <translation>Continuer les relevés une fois réduit</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 sur %2 : %3</translation>
    </message>
    <message>
        <source>%1 on %2 failed: %3</source>
        <translation>%1 sur %2 a échoué : %3</translation>
    </message>
    <message>
        <source>opsdash — %1</source>
        <translation>opsdash — %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Actions log</source>
        <translation>Journal des actions</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 is back</source>
        <translation>%1 est de retour</translation>
    </message>
    <message>
        <source>opsdash alert</source>
        <translation>Alerte opsdash</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>périmé</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:%1&apos;&gt;%n alert(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:%1&apos;&gt;%n alerte&lt;/b&gt;</numerusform>
            <numerusform>&lt;b style=&apos;color:%1&apos;&gt;%n alertes&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>no alerts</source>
        <translation>aucune alerte</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>mis à jour %1</translation>
    </message>
    <message>
        <source>Create a profile…</source>
        <translation>Créer un profil…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>The language changes when opsdash starts next time.</source>
        <translation>La langue change au prochain démarrage d&apos;opsdash.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Table health</source>
        <translation>Santé des tables</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>  Compare: </source>
        <translation>  Comparer : </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>1 day earlier</source>
        <translation>1 jour plus tôt</translation>
    </message>
    <message>
        <source>1 week earlier</source>
        <translation>1 semaine plus tôt</translation>
    </message>
    <message>
        <source>Overlay the charts with the same series one day or one week earlier (from the profile&apos;s Prometheus).</source>
        <translation>Superposer aux graphiques les mêmes séries un jour ou une semaine plus tôt (depuis le Prometheus du profil).</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualiser maintenant</translation>
    </message>
    <message>
        <source>&amp;Find in page</source>
        <translation>&amp;Chercher dans la page</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>opsdash::MemoryPage</name>
    <message>
        <source>Force GC…</source>
        <translation>Forcer le GC…</translation>
    </message>
    <message>
        <source>Set threshold…</source>
        <translation>Définir le seuil…</translation>
    </message>
    <message>
        <source>Memory threshold</source>
        <translation>Seuil mémoire</translation>
    </message>
    <message>
        <source>Heap usage (percent) above which the backend acts:</source>
        <translation>Utilisation du tas (pourcentage) au-delà de laquelle le backend agit :</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <source>heap used</source>
        <translation>tas utilisé</translation>
    </message>
    <message>
        <source>heap total</source>
        <translation>tas total</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>seuil</translation>
    </message>
    <message>
        <source>Heap usage</source>
        <translation>Utilisation du tas</translation>
    </message>
    <message>
        <source>usage</source>
        <translation>utilisation</translation>
    </message>
    <message>
        <source>alert threshold</source>
        <translation>seuil d&apos;alerte</translation>
    </message>
    <message>
        <source>&lt;b&gt;Heap usage %1&lt;/b&gt; · heap %2 of %3 · RSS %4%5</source>
        <translation>&lt;b&gt;Utilisation du tas %1&lt;/b&gt; · tas %2 sur %3 · RSS %4%5</translation>
    </message>
    <message>
        <source> · backend threshold %1</source>
        <translation> · seuil du backend %1</translation>
    </message>
</context>
<context>
    <name>opsdash::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
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
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation>Latence p95</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Taux d&apos;erreurs</translation>
    </message>
    <message>
        <source>Heap usage</source>
        <translation>Utilisation du tas</translation>
    </message>
    <message>
        <source>Pool waiting</source>
        <translation>Attente du pool</translation>
    </message>
    <message>
        <source>Cache hit rate</source>
        <translation>Taux de succès du cache</translation>
    </message>
    <message>
        <source>DB cache hit ratio</source>
        <translation>Taux de succès du cache BD</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Sessions actives</translation>
    </message>
    <message>
        <source>Slow queries</source>
        <translation>Requêtes lentes</translation>
    </message>
    <message>
        <source>DB query time</source>
        <translation>Temps de requête BD</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Requêtes par seconde</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>requêtes/s</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>avg</source>
        <translation>moy.</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p95 threshold</source>
        <translation>seuil p95</translation>
    </message>
    <message>
        <source>Backend instances</source>
        <translation>Instances du backend</translation>
    </message>
    <message>
        <source>Recent alerts</source>
        <translation>Alertes récentes</translation>
    </message>
    <message>
        <source>Recent actions</source>
        <translation>Actions récentes</translation>
    </message>
    <message>
        <source>waiting for PostgreSQL</source>
        <translation>en attente de PostgreSQL</translation>
    </message>
    <message>
        <source>no database in profile</source>
        <translation>pas de base dans le profil</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <source>no backend data</source>
        <translation>pas de données du backend</translation>
    </message>
    <message>
        <source>not offered by this backend</source>
        <translation>non proposé par ce backend</translation>
    </message>
    <message>
        <source>%1 idle in transaction, %2 waiting</source>
        <translation>%1 inactives en transaction, %2 en attente</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 connections idle</source>
        <translation>%1 connexions inactives sur %2</translation>
    </message>
    <message>
        <source>Backend: %1 of %2 instances up</source>
        <translation>Backend : %1 instances sur %2 en service</translation>
    </message>
    <message>
        <source>Backend: none in this profile</source>
        <translation>Backend : aucun dans ce profil</translation>
    </message>
    <message>
        <source>PostgreSQL: up (%1)</source>
        <translation>PostgreSQL : en service (%1)</translation>
    </message>
    <message>
        <source>Active alerts: %1</source>
        <translation>Alertes actives : %1</translation>
    </message>
</context>
<context>
    <name>opsdash::PgBouncerSource</name>
    <message>
        <source>pgbouncer at %1:%2: %3</source>
        <translation>pgbouncer sur %1:%2 : %3</translation>
    </message>
    <message>
        <source>pgbouncer SHOW POOLS: %1 (is %2 in its stats_users?)</source>
        <translation>pgbouncer SHOW POOLS : %1 (%2 est-il dans ses stats_users ?)</translation>
    </message>
</context>
<context>
    <name>opsdash::PgConnection</name>
    <message>
        <source>Connection settings may not contain &apos;;&apos;: %1</source>
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
    <message>
        <source>invalid connection string: %1</source>
        <translation>chaîne de connexion invalide : %1</translation>
    </message>
</context>
<context>
    <name>opsdash::PgInternalsSource</name>
    <message>
        <source>PostgreSQL: %1</source>
        <translation>PostgreSQL : %1</translation>
    </message>
    <message>
        <source>pg_stat_statements is not installed in database %1: run CREATE EXTENSION pg_stat_statements; as its owner (the server needs it in shared_preload_libraries)</source>
        <translation>pg_stat_statements n’est pas installé dans la base %1 : exécutez CREATE EXTENSION pg_stat_statements; en tant que propriétaire (le serveur doit l’avoir dans shared_preload_libraries)</translation>
    </message>
    <message>
        <source>pg_stat_statements is not loaded by the server: add it to shared_preload_libraries in postgresql.conf and restart PostgreSQL</source>
        <translation>pg_stat_statements n’est pas chargé par le serveur : l’ajouter à shared_preload_libraries dans postgresql.conf et redémarrer PostgreSQL</translation>
    </message>
    <message>
        <source>(the statement is no longer in pg_stat_statements)</source>
        <translation>(l’instruction n’est plus dans pg_stat_statements)</translation>
    </message>
    <message>
        <source>PostgreSQL refused: %1</source>
        <translation>PostgreSQL a refusé : %1</translation>
    </message>
    <message>
        <source>Only a single statement can be explained.</source>
        <translation>Une seule instruction peut être expliquée.</translation>
    </message>
    <message>
        <source>No index to propose: the statement filters, joins or sorts on no column opsdash can read off its text.</source>
        <translation>Aucun index à proposer : l’instruction ne filtre, ne joint ni ne trie sur aucune colonne qu’opsdash sache lire dans son texte.</translation>
    </message>
    <message>
        <source>hypopg is not installed in database %1: install it on the database server (Debian: apt-get install postgresql-15-hypopg) and run CREATE EXTENSION hypopg; in the database. Its indexes are hypothetical: they live in one session and touch no table.</source>
        <translation>hypopg n’est pas installé dans la base %1 : installez-le sur le serveur (Debian : apt-get install postgresql-15-hypopg) et exécutez CREATE EXTENSION hypopg; dans la base. Ses index sont hypothétiques : ils vivent dans une session et ne touchent aucune table.</translation>
    </message>
</context>
<context>
    <name>opsdash::PgMaintenance</name>
    <message>
        <source>(a REINDEX CONCURRENTLY that stopped may leave invalid indexes named *_ccnew: drop them)</source>
        <translation>(un REINDEX CONCURRENTLY interrompu peut laisser des index invalides nommés *_ccnew : supprimez-les)</translation>
    </message>
    <message>
        <source>Nothing runs.</source>
        <translation>Rien ne tourne.</translation>
    </message>
    <message>
        <source>PostgreSQL refused: %1</source>
        <translation>PostgreSQL a refusé : %1</translation>
    </message>
    <message>
        <source>Session %1 is gone (its pid may now belong to another session): nothing was signalled.</source>
        <translation>La session %1 n&apos;existe plus (son pid appartient peut-être à une autre session) : rien n&apos;a été signalé.</translation>
    </message>
    <message>
        <source>The session %1 is gone.</source>
        <translation>La session %1 n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>opsdash::PgMaintenanceFigures</name>
    <message>
        <source>no such table</source>
        <translation>table introuvable</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1, %2 dead rows of %3 (%4), vacuumed %5, analyzed %6</source>
        <translation>%1, %2 lignes mortes sur %3 (%4), VACUUM %5, ANALYZE %6</translation>
    </message>
    <message>
        <source>size unknown (locked)</source>
        <translation>taille inconnue (verrouillée)</translation>
    </message>
</context>
<context>
    <name>opsdash::PgMonitor</name>
    <message>
        <source>PostgreSQL statistics query failed: %1</source>
        <translation>échec de la requête de statistiques PostgreSQL : %1</translation>
    </message>
    <message>
        <source>pg_stat_statements is not installed in database %1: run CREATE EXTENSION pg_stat_statements; as its owner</source>
        <translation>pg_stat_statements n&apos;est pas installé dans la base %1 : exécutez CREATE EXTENSION pg_stat_statements; en tant que propriétaire</translation>
    </message>
    <message>
        <source>role %1 cannot see other sessions&apos; queries and statistics: run GRANT pg_monitor TO %1;</source>
        <translation>le rôle %1 ne voit pas les requêtes et statistiques des autres sessions : exécutez GRANT pg_monitor TO %1;</translation>
    </message>
    <message>
        <source>pg_stat_statements is not loaded by the server: add it to shared_preload_libraries in postgresql.conf and restart PostgreSQL</source>
        <translation>pg_stat_statements n&apos;est pas chargé par le serveur : ajoutez-le à shared_preload_libraries dans postgresql.conf et redémarrez PostgreSQL</translation>
    </message>
    <message>
        <source>reading pg_stat_statements failed: %1</source>
        <translation>la lecture de pg_stat_statements a échoué : %1</translation>
    </message>
</context>
<context>
    <name>opsdash::Plan</name>
    <message>
        <source>not an EXPLAIN (FORMAT JSON) plan: %1</source>
        <translation>pas un plan EXPLAIN (FORMAT JSON) : %1</translation>
    </message>
</context>
<context>
    <name>opsdash::Poller</name>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>login failed: %1</source>
        <translation>échec de la connexion : %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>no new data for %1 s</source>
        <translation>pas de nouvelles données depuis %1 s</translation>
    </message>
</context>
<context>
    <name>opsdash::Profile</name>
    <message>
        <source>No TLS: passwords and data travel in clear.</source>
        <translation>Sans TLS : mots de passe et données circulent en clair.</translation>
    </message>
    <message>
        <source>Tries without TLS first: passwords and data usually travel in clear.</source>
        <translation>Essaie d’abord sans TLS : mots de passe et données circulent le plus souvent en clair.</translation>
    </message>
    <message>
        <source>TLS if the server offers it, else in clear; anyone in between can downgrade it. For this machine only.</source>
        <translation>TLS si le serveur le propose, sinon en clair ; quiconque se trouve entre les deux peut le désactiver. Pour cette machine uniquement.</translation>
    </message>
    <message>
        <source>Always encrypted, but the server is not verified: anyone in between can pose as it.</source>
        <translation>Toujours chiffré, mais le serveur n’est pas vérifié : quiconque se trouve entre les deux peut se faire passer pour lui.</translation>
    </message>
    <message>
        <source>Encrypted, and the server&apos;s certificate must be signed by a trusted CA; its name is not checked.</source>
        <translation>Chiffré, et le certificat du serveur doit être signé par une autorité de confiance ; son nom n’est pas vérifié.</translation>
    </message>
    <message>
        <source>Encrypted, the certificate signed by a trusted CA and issued for this host name. Use this for any remote database.</source>
        <translation>Chiffré, le certificat signé par une autorité de confiance et émis pour ce nom d’hôte. À utiliser pour toute base distante.</translation>
    </message>
    <message>
        <source>Unknown mode.</source>
        <translation>Mode inconnu.</translation>
    </message>
</context>
<context>
    <name>opsdash::ProfileDialog</name>
    <message>
        <source>Production: actions need the profile name typed to confirm</source>
        <translation>Production : les actions demandent de taper le nom du profil pour confirmer</translation>
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
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>New connection profile</source>
        <translation>Nouveau profil de connexion</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>http://127.0.0.1:3000
(one URL per line: instances of the same backend)</source>
        <translation>http://127.0.0.1:3000
(une URL par ligne : instances du même backend)</translation>
    </message>
    <message>
        <source>Log in with e-mail and password</source>
        <translation>Connexion par e-mail et mot de passe</translation>
    </message>
    <message>
        <source>Pasted token</source>
        <translation>Jeton collé</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>Pas d&apos;authentification</translation>
    </message>
    <message>
        <source>leave empty for no database</source>
        <translation>laisser vide pour aucune base</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Refresh every:</source>
        <translation>Rafraîchir toutes les :</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Instances:</source>
        <translation>Instances :</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentification :</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton :</translation>
    </message>
    <message>
        <source>PostgreSQL (read-only monitoring role)</source>
        <translation>PostgreSQL (rôle de supervision en lecture seule)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Hôte :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>TLS (sslmode):</source>
        <translation>TLS (sslmode) :</translation>
    </message>
    <message>
        <source>Alert thresholds</source>
        <translation>Seuils d&apos;alerte</translation>
    </message>
    <message>
        <source>API p95 above:</source>
        <translation>p95 API au-dessus de :</translation>
    </message>
    <message>
        <source>DB query time above:</source>
        <translation>Temps de requête BD au-dessus de :</translation>
    </message>
    <message>
        <source>Pool waiting above:</source>
        <translation>Attente du pool au-dessus de :</translation>
    </message>
    <message>
        <source>Heap usage above:</source>
        <translation>Utilisation du tas au-dessus de :</translation>
    </message>
    <message>
        <source>Cache hit rate below:</source>
        <translation>Taux de succès du cache en dessous de :</translation>
    </message>
    <message>
        <source>Error rate above:</source>
        <translation>Taux d&apos;erreurs au-dessus de :</translation>
    </message>
    <message>
        <source>For at least:</source>
        <translation>Pendant au moins :</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>A profile named %1 exists already.</source>
        <translation>Un profil nommé %1 existe déjà.</translation>
    </message>
    <message>
        <source>Give at least a backend URL or a database.</source>
        <translation>Indiquez au moins une URL de backend ou une base de données.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>optional: a role that may VACUUM (the tables&apos; owner)</source>
        <translation>facultatif : un rôle qui peut faire VACUUM (propriétaire des tables)</translation>
    </message>
    <message>
        <source>the database&apos;s host</source>
        <translation>l’hôte de la base</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>pgbouncer&apos;s port; its admin console is read with the user above, which must be in pgbouncer&apos;s stats_users.</source>
        <translation>Port de pgbouncer ; sa console d’administration est lue avec l’utilisateur ci-dessus, qui doit figurer dans ses stats_users.</translation>
    </message>
    <message>
        <source>Maintenance role:</source>
        <translation>Rôle de maintenance :</translation>
    </message>
    <message>
        <source>Its password:</source>
        <translation>Son mot de passe :</translation>
    </message>
    <message>
        <source>pgbouncer host:</source>
        <translation>Hôte pgbouncer :</translation>
    </message>
    <message>
        <source>pgbouncer port:</source>
        <translation>Port pgbouncer :</translation>
    </message>
    <message>
        <source>Session running longer than:</source>
        <translation>Session en cours depuis plus de :</translation>
    </message>
    <message>
        <source>Idle in transaction longer than:</source>
        <translation>Inactive en transaction depuis plus de :</translation>
    </message>
    <message>
        <source>Use the maintenance role to a remote host without TLS (a network you trust)</source>
        <translation>Utiliser le rôle de maintenance vers un hôte distant sans TLS (un réseau de confiance)</translation>
    </message>
    <message>
        <source>Off: the maintenance role connects with sslmode at least &quot;require&quot;, so its password is never sent in clear to another machine.</source>
        <translation>Désactivé : le rôle de maintenance se connecte au moins avec sslmode &quot;require&quot;, son mot de passe ne part donc jamais en clair vers une autre machine.</translation>
    </message>
    <message>
        <source>This host is not on this machine: choose verify-full.</source>
        <translation>Cet hôte n’est pas cette machine : choisissez verify-full.</translation>
    </message>
    <message>
        <source>Prometheus and Alertmanager (optional)</source>
        <translation>Prometheus et Alertmanager (facultatif)</translation>
    </message>
    <message>
        <source>History before the window opened, ranges up to 30 days and the fleet come from here. Any server with Prometheus&apos;s HTTP API v1 (Thanos, Mimir, VictoriaMetrics).</source>
        <translation>L&apos;historique d&apos;avant l&apos;ouverture de la fenêtre, les périodes jusqu&apos;à 30 jours et la flotte viennent d&apos;ici. Tout serveur offrant l&apos;API HTTP v1 de Prometheus (Thanos, Mimir, VictoriaMetrics).</translation>
    </message>
    <message>
        <source>empty: the secret is a bearer token</source>
        <translation>vide : le secret est un jeton bearer</translation>
    </message>
    <message>
        <source>A bearer token, or basic auth&apos;s password when a user is set; kept in the system keychain.</source>
        <translation>Un jeton bearer, ou le mot de passe d&apos;authentification basique si un utilisateur est indiqué ; conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The scrape job of the backend&apos;s instances in that Prometheus.</source>
        <translation>Le job de collecte des instances du backend dans ce Prometheus.</translation>
    </message>
    <message>
        <source>Prometheus URL:</source>
        <translation>URL de Prometheus :</translation>
    </message>
    <message>
        <source>Token or password:</source>
        <translation>Jeton ou mot de passe :</translation>
    </message>
    <message>
        <source>Backend&apos;s job:</source>
        <translation>Job du backend :</translation>
    </message>
    <message>
        <source>Alertmanager URL:</source>
        <translation>URL d&apos;Alertmanager :</translation>
    </message>
    <message>
        <source>Jobs waiting above:</source>
        <translation>Tâches en attente au-delà de :</translation>
    </message>
    <message>
        <source>Dead jobs above:</source>
        <translation>Tâches mortes au-delà de :</translation>
    </message>
</context>
<context>
    <name>opsdash::PrometheusClient</name>
    <message>
        <source>unexpected answer from %1: %2</source>
        <translation>réponse inattendue de %1 : %2</translation>
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
        <translation>pas de Prometheus</translation>
    </message>
</context>
<context>
    <name>opsdash::PrometheusHistory</name>
    <message>
        <source>history from Prometheus: %1</source>
        <translation>historique depuis Prometheus : %1</translation>
    </message>
    <message>
        <source>Prometheus is no longer configured</source>
        <translation>Prometheus n’est plus configuré</translation>
    </message>
</context>
<context>
    <name>opsdash::QueriesPage</name>
    <message>
        <source>Statements over the selected range</source>
        <translation>Instructions sur la période choisie</translation>
    </message>
    <message>
        <source>calls ≥ </source>
        <translation>appels ≥ </translation>
    </message>
    <message>
        <source>mean ≥ </source>
        <translation>moyenne ≥ </translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Reset statistics…</source>
        <translation>Réinitialiser les statistiques…</translation>
    </message>
    <message>
        <source>calls per second</source>
        <translation>appels par seconde</translation>
    </message>
    <message>
        <source>mean time</source>
        <translation>temps moyen</translation>
    </message>
    <message>
        <source>Waiting for the first poll of pg_stat_statements…</source>
        <translation>En attente du premier relevé de pg_stat_statements…</translation>
    </message>
    <message>
        <source>opsdash&apos;s own statements: %1, %2 calls, %3 on the server</source>
        <translation>Instructions d’opsdash elles-mêmes : %1, %2 appels, %3 sur le serveur</translation>
    </message>
    <message>
        <source>Totals since the statistics were reset (%1); deltas over the range from the next poll on.</source>
        <translation>Totaux depuis la réinitialisation des statistiques (%1) ; écarts sur la période à partir du prochain relevé.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Deltas since opsdash began watching, %1 ago (shorter than the range).</source>
        <translation>Écarts depuis qu’opsdash observe, il y a %1 (plus court que la période).</translation>
    </message>
    <message>
        <source>Deltas over the last %1 min.</source>
        <translation>Écarts sur les %1 dernières minutes.</translation>
    </message>
    <message>
        <source>Calls of the selected statement</source>
        <translation>Appels de l’instruction choisie</translation>
    </message>
    <message>
        <source>Mean time of the selected statement</source>
        <translation>Durée moyenne de l’instruction choisie</translation>
    </message>
    <message>
        <source>Select a statement to chart it.</source>
        <translation>Choisir une instruction pour la tracer.</translation>
    </message>
    <message>
        <source>Two polls of pg_stat_statements make the first rate.</source>
        <translation>Deux relevés de pg_stat_statements donnent le premier taux.</translation>
    </message>
</context>
<context>
    <name>opsdash::QueueTables</name>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actives</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Différées</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Mortes</translation>
    </message>
    <message>
        <source>Jobs/min</source>
        <translation>Tâches/min</translation>
    </message>
    <message>
        <source>Wait p50</source>
        <translation>Attente p50</translation>
    </message>
    <message>
        <source>Wait p95</source>
        <translation>Attente p95</translation>
    </message>
    <message>
        <source>Run p50</source>
        <translation>Exécution p50</translation>
    </message>
    <message>
        <source>Run p95</source>
        <translation>Exécution p95</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Failed runs</source>
        <translation>Exécutions échouées</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>no worker</source>
        <translation>aucun worker</translation>
    </message>
    <message>
        <source>working</source>
        <translation>au travail</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Failed at</source>
        <translation>Échec à</translation>
    </message>
    <message>
        <source>Retry at</source>
        <translation>Relance à</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>morte</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>à relancer</translation>
    </message>
</context>
<context>
    <name>opsdash::QueuesPage</name>
    <message>
        <source>Retry all dead…</source>
        <translation>Relancer les mortes…</translation>
    </message>
    <message>
        <source>Purge dead…</source>
        <translation>Supprimer les mortes…</translation>
    </message>
    <message>
        <source>Retry selected job…</source>
        <translation>Relancer la tâche choisie…</translation>
    </message>
    <message>
        <source>Queue actions</source>
        <translation>Actions sur les files</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>File :</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Jobs waiting</source>
        <translation>Tâches en attente</translation>
    </message>
    <message>
        <source>Jobs finished per minute</source>
        <translation>Tâches terminées par minute</translation>
    </message>
    <message>
        <source>Dead jobs, all queues</source>
        <translation>Tâches mortes, toutes les files</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>morte</translation>
    </message>
    <message>
        <source>Failed jobs</source>
        <translation>Tâches en échec</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Reprendre…</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>Pause…</translation>
    </message>
    <message>
        <source>%1 queues: %2 jobs waiting, %3 dead; up to %4 worker processes per queue.</source>
        <translation>%1 files : %2 tâches en attente, %3 mortes ; jusqu&apos;à %4 processus workers par file.</translation>
    </message>
    <message>
        <source>Failed jobs could not be read: %1</source>
        <translation>Les tâches en échec n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>No failed jobs: nothing is dead or waiting for a retry.</source>
        <translation>Aucune tâche en échec : rien n&apos;est mort ni en attente de relance.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed job(s): dead ones are out of attempts; select one to retry it.</source>
        <translation>
            <numerusform>%n tâche en échec : les mortes n&apos;ont plus d&apos;essais ; choisissez-en une pour la relancer.</numerusform>
            <numerusform>%n tâches en échec : les mortes n&apos;ont plus d&apos;essais ; choisissez-en une pour la relancer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdash::RegistrationExport</name>
    <message>
        <source>cancelled after %1 rows; no file was written</source>
        <translation>annulé après %1 lignes ; aucun fichier écrit</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 rows exported</source>
        <translation>%1 lignes exportées</translation>
    </message>
    <message>
        <source>%1 rows exported, as many as the server counted</source>
        <translation>%1 lignes exportées, autant que le serveur en a compté</translation>
    </message>
    <message>
        <source>%1 rows exported; the server counted %2 when the export started (registrations came or went meanwhile)</source>
        <translation>%1 lignes exportées ; le serveur en comptait %2 au début de l&apos;export (des inscriptions sont arrivées ou parties entre-temps)</translation>
    </message>
    <message>
        <source>this account may not export event %1 (403): an organizer exports only their own events</source>
        <translation>ce compte ne peut pas exporter l&apos;événement %1 (403) : un organisateur n&apos;exporte que ses propres événements</translation>
    </message>
    <message>
        <source>event %1 not found, or the backend has no CSV export (404)</source>
        <translation>événement %1 introuvable, ou le backend n&apos;a pas d&apos;export CSV (404)</translation>
    </message>
    <message>
        <source>the backend ended the export early after %1 rows (the file was not written): %2</source>
        <translation>le backend a terminé l’export trop tôt après %1 lignes (le fichier n’a pas été écrit) : %2</translation>
    </message>
    <message>
        <source>export from PostgreSQL failed: %1</source>
        <translation>l&apos;export depuis PostgreSQL a échoué : %1</translation>
    </message>
    <message>
        <source>cannot connect to PostgreSQL at %1:%2 as %3: %4</source>
        <translation>impossible de se connecter à PostgreSQL sur %1:%2 en tant que %3 : %4</translation>
    </message>
</context>
<context>
    <name>opsdash::RegistrationsModel</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inscription n°</translation>
    </message>
</context>
<context>
    <name>opsdash::RulesCommand</name>
    <message>
        <source>Print Prometheus alerting rules with the thresholds and hold times of a profile&apos;s alerts.</source>
        <translation>Affiche des règles d&apos;alerte Prometheus avec les seuils et délais des alertes d&apos;un profil.</translation>
    </message>
    <message>
        <source>The rules command.</source>
        <translation>La commande rules.</translation>
    </message>
    <message>
        <source>Connection profile whose thresholds to use (default: the seeds&apos;).</source>
        <translation>Profil de connexion dont utiliser les seuils (par défaut : ceux des seeds).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>eventsd&apos;s scrape job in Prometheus (default: eventsd).</source>
        <translation>Job de collecte d&apos;eventsd dans Prometheus (par défaut : eventsd).</translation>
    </message>
    <message>
        <source>Write the rules to this file instead of standard output.</source>
        <translation>Écrire les règles dans ce fichier plutôt que sur la sortie standard.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>opsdash rules: &quot;%1&quot; is not a job name (letters, digits, _ . : -)</source>
        <translation>opsdash rules : « %1 » n&apos;est pas un nom de job (lettres, chiffres, _ . : -)</translation>
    </message>
    <message>
        <source>opsdash rules: no profile named &quot;%1&quot;</source>
        <translation>opsdash rules : aucun profil nommé « %1 »</translation>
    </message>
    <message>
        <source>opsdash rules: cannot write %1: %2</source>
        <translation>opsdash rules : impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>opsdash::SecretStore</name>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation>le trousseau n&apos;a pas répondu en %1 s</translation>
    </message>
    <message>
        <source>no keychain service answered (%1)</source>
        <translation>aucun service de trousseau n&apos;a répondu (%1)</translation>
    </message>
</context>
<context>
    <name>opsdash::SessionsPage</name>
    <message>
        <source>Cancel query…</source>
        <translation>Annuler la requête…</translation>
    </message>
    <message>
        <source>Terminate session…</source>
        <translation>Terminer la session…</translation>
    </message>
    <message>
        <source>Sessions by state</source>
        <translation>Sessions par état</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actives</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactives</translation>
    </message>
    <message>
        <source>idle in transaction</source>
        <translation>inactives en transaction</translation>
    </message>
    <message>
        <source>waiting on a lock</source>
        <translation>en attente d’un verrou</translation>
    </message>
    <message>
        <source>Sessions that are not idle</source>
        <translation>Sessions non inactives</translation>
    </message>
    <message>
        <source>Blocking chain (PID)</source>
        <translation>Chaîne de blocage (PID)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Waiting on</source>
        <translation>Attend</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>(another database)</source>
        <translation>(autre base)</translation>
    </message>
    <message>
        <source>Blocking chain (PID): no session waits on another</source>
        <translation>Chaîne de blocage (PID) : aucune session n’en attend une autre</translation>
    </message>
    <message>
        <source>Select a session to cancel its query or terminate it.</source>
        <translation>Sélectionnez une session pour annuler sa requête ou la terminer.</translation>
    </message>
    <message>
        <source>Session %1 terminated.</source>
        <translation>Session %1 terminée.</translation>
    </message>
    <message>
        <source>Query of session %1 cancelled.</source>
        <translation>Requête de la session %1 annulée.</translation>
    </message>
    <message>
        <source>No session is running a statement or holding a transaction open right now.</source>
        <translation>Aucune session n’exécute d’instruction ni ne garde de transaction ouverte en ce moment.</translation>
    </message>
    <message>
        <source>As the profile&apos;s maintenance role (the monitoring role may not signal it).</source>
        <translation>En tant que rôle de maintenance du profil (le rôle de surveillance ne peut pas la signaler).</translation>
    </message>
    <message>
        <source>Neither the monitoring nor the maintenance role may signal session %1 (a role needs to be a member of the session&apos;s role, pg_signal_backend, or superuser).</source>
        <translation>Ni le rôle de surveillance ni celui de maintenance ne peuvent signaler la session %1 (un rôle doit être membre du rôle de la session, de pg_signal_backend, ou superutilisateur).</translation>
    </message>
</context>
<context>
    <name>opsdash::SilenceDialog</name>
    <message>
        <source>New silence</source>
        <translation>Nouveau silence</translation>
    </message>
    <message>
        <source>why (required)</source>
        <translation>pourquoi (obligatoire)</translation>
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
        <translation>1 jour</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>Matchers:</source>
        <translation>Filtres :</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Commentaire :</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>Créé par :</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Mettre en silence</translation>
    </message>
    <message>
        <source>Say why in the comment: it is what others see in Alertmanager.</source>
        <translation>Dites pourquoi dans le commentaire : c&apos;est ce que les autres voient dans Alertmanager.</translation>
    </message>
    <message>
        <source>Say who silences.</source>
        <translation>Dites qui met en silence.</translation>
    </message>
</context>
<context>
    <name>opsdash::StatementDetail</name>
    <message>
        <source>Select a statement to see its whole SQL and its calls over time.</source>
        <translation>Sélectionnez une instruction pour voir tout son SQL et ses appels dans le temps.</translation>
    </message>
    <message>
        <source>Copy SQL</source>
        <translation>Copier le SQL</translation>
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
        <translation>Conseil d’index</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Expliquer</translation>
    </message>
    <message>
        <source>Explain ANALYZE…</source>
        <translation>Expliquer avec ANALYZE…</translation>
    </message>
    <message>
        <source>Plan node</source>
        <translation>Nœud du plan</translation>
    </message>
    <message>
        <source>Own cost</source>
        <translation>Coût propre</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Coût total</translation>
    </message>
    <message>
        <source>Rows (estimate)</source>
        <translation>Lignes (estimation)</translation>
    </message>
    <message>
        <source>Rows (actual)</source>
        <translation>Lignes (réelles)</translation>
    </message>
    <message>
        <source>Time (actual)</source>
        <translation>Temps (réel)</translation>
    </message>
    <message>
        <source>Propose an index and check it with hypopg</source>
        <translation>Proposer un index et le vérifier avec hypopg</translation>
    </message>
    <message>
        <source>Asking the planner…</source>
        <translation>Interrogation du planificateur…</translation>
    </message>
    <message>
        <source>Advise for the top 5 by total time</source>
        <translation>Conseiller les 5 plus coûteuses (temps total)</translation>
    </message>
    <message>
        <source>Copy CREATE INDEX</source>
        <translation>Copier CREATE INDEX</translation>
    </message>
    <message>
        <source>Value of $%1; leave empty for NULL. With every field empty the plan is the generic one (as for any value).</source>
        <translation>Valeur de $%1 ; laissez vide pour NULL. Avec tous les champs vides, le plan est le plan générique (comme pour toute valeur).</translation>
    </message>
    <message>
        <source>Estimated total cost %1</source>
        <translation>Coût total estimé %1</translation>
    </message>
    <message>
        <source> · executed in %1 (planning %2)</source>
        <translation> · exécuté en %1 (planification %2)</translation>
    </message>
    <message numerus="yes">
        <source>Asking the planner about %n statement(s)…</source>
        <translation>
            <numerusform>Interrogation du planificateur sur %n instruction…</numerusform>
            <numerusform>Interrogation du planificateur sur %n instructions…</numerusform>
        </translation>
    </message>
    <message>
        <source>estimated cost %1 → %2 (%3)</source>
        <translation>coût estimé %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>The planner would use it: %1.</source>
        <translation>Le planificateur l’utiliserait : %1.</translation>
    </message>
    <message>
        <source>The planner would not use it (%1): not worth creating.</source>
        <translation>Le planificateur ne l’utiliserait pas (%1) : inutile de le créer.</translation>
    </message>
</context>
<context>
    <name>opsdash::TablePanel</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Export table as CSV…</source>
        <translation>Exporter le tableau en CSV…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Export the shown rows as CSV</source>
        <translation>Exporter les lignes affichées en CSV</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>opsdash::am</name>
    <message>
        <source>cannot read a matcher at &quot;%1&quot;: write name=value, name!=value, name=~regex or name!~regex, separated by commas</source>
        <translation>impossible de lire un filtre à « %1 » : écrivez nom=valeur, nom!=valeur, nom=~regex ou nom!~regex, séparés par des virgules</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a regular expression</source>
        <translation>%1 : « %2 » n&apos;est pas une expression régulière</translation>
    </message>
    <message>
        <source>a silence needs at least one matcher</source>
        <translation>un silence demande au moins un filtre</translation>
    </message>
    <message>
        <source>at least one matcher must be = or =~ with a value (Alertmanager refuses a silence of everything)</source>
        <translation>au moins un filtre doit être = ou =~ avec une valeur (Alertmanager refuse un silence de tout)</translation>
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
    <message>
        <source>expected a date, got &quot;%1&quot;</source>
        <translation>date attendue, reçu « %1 »</translation>
    </message>
    <message>
        <source>a queue without a name</source>
        <translation>une file sans nom</translation>
    </message>
    <message>
        <source>unknown report status &quot;%1&quot;</source>
        <translation>statut de rapport inconnu « %1 »</translation>
    </message>
    <message>
        <source>a report without an id</source>
        <translation>un rapport sans identifiant</translation>
    </message>
    <message>
        <source>expected a share between 0 and 1</source>
        <translation>une part entre 0 et 1 était attendue</translation>
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
<context>
    <name>opsdash::prom</name>
    <message>
        <source>expected a vector or a matrix</source>
        <translation>vecteur ou matrice attendu</translation>
    </message>
    <message>
        <source>%1 series, more than the %2 opsdash reads</source>
        <translation>%1 séries, plus que les %2 que lit opsdash</translation>
    </message>
    <message>
        <source>more than %1 points in all</source>
        <translation>plus de %1 points au total</translation>
    </message>
    <message>
        <source>expected a label value (text)</source>
        <translation>valeur de label (texte) attendue</translation>
    </message>
    <message>
        <source>expected [time, &quot;value&quot;]</source>
        <translation>[temps, &quot;valeur&quot;] attendu</translation>
    </message>
    <message>
        <source>expected a sample value</source>
        <translation>valeur d&apos;échantillon attendue</translation>
    </message>
    <message>
        <source>time out of range</source>
        <translation>temps hors limites</translation>
    </message>
    <message>
        <source>the answer&apos;s status is not &quot;success&quot;</source>
        <translation>le statut de la réponse n&apos;est pas « success »</translation>
    </message>
    <message>
        <source>no data in the answer</source>
        <translation>aucune donnée dans la réponse</translation>
    </message>
    <message>
        <source>expected an RFC 3339 time</source>
        <translation>heure RFC 3339 attendue</translation>
    </message>
    <message>
        <source>no silenceID in the answer</source>
        <translation>pas de silenceID dans la réponse</translation>
    </message>
</context>
<context>
    <name>opsdash::tables</name>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point d&apos;accès</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Avg</source>
        <translation>Moy.</translation>
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
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
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
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Remplissage</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Checked in %</source>
        <translation>Entrées %</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Recettes</translation>
    </message>
    <message>
        <source>Avg payment</source>
        <translation>Paiement moyen</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Hit ratio</source>
        <translation>Taux de succès</translation>
    </message>
    <message>
        <source>Blocks read</source>
        <translation>Blocs lus</translation>
    </message>
    <message>
        <source>Temp blocks</source>
        <translation>Blocs temporaires</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Waiting on</source>
        <translation>Attend</translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation>Bloquée par</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Live rows</source>
        <translation>Lignes vivantes</translation>
    </message>
    <message>
        <source>Dead rows</source>
        <translation>Lignes mortes</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Mortes</translation>
    </message>
    <message>
        <source>Last vacuum</source>
        <translation>Dernier VACUUM</translation>
    </message>
    <message>
        <source>Last analyze</source>
        <translation>Dernier ANALYZE</translation>
    </message>
    <message>
        <source>Seq scans</source>
        <translation>Parcours séq.</translation>
    </message>
    <message>
        <source>Rows per seq scan</source>
        <translation>Lignes par parcours séq.</translation>
    </message>
    <message>
        <source>Index scans</source>
        <translation>Parcours d’index</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>duplicate of %1</source>
        <translation>doublon de %1</translation>
    </message>
    <message>
        <source>covered by %1 (its leading columns)</source>
        <translation>couvert par %1 (ses colonnes de tête)</translation>
    </message>
    <message>
        <source>never scanned since the statistics reset</source>
        <translation>jamais parcouru depuis la réinitialisation des statistiques</translation>
    </message>
    <message>
        <source>Percentiles over last</source>
        <translation>Percentiles sur les derniers</translation>
    </message>
    <message>
        <source>down</source>
        <translation>en panne</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <source>up</source>
        <translation>en service</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>déclenchée</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>levée</translation>
    </message>
    <message>
        <source>Req/s</source>
        <translation>Req./s</translation>
    </message>
    <message>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <source>Heap</source>
        <translation>Tas</translation>
    </message>
    <message>
        <source>Heap use</source>
        <translation>Usage du tas</translation>
    </message>
    <message>
        <source>Pool waiting</source>
        <translation>En attente du pool</translation>
    </message>
    <message>
        <source>Last scrape</source>
        <translation>Dernière collecte</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Silenced by</source>
        <translation>En silence par</translation>
    </message>
    <message>
        <source>inhibited</source>
        <translation>inhibée</translation>
    </message>
    <message>
        <source>silenced</source>
        <translation>en silence</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>unprocessed</source>
        <translation>non traitée</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Matchers</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créé par</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>levé</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>Calls per request</source>
        <translation>Appels par requête</translation>
    </message>
    <message>
        <source>Share of the time</source>
        <translation>Part du temps</translation>
    </message>
</context>
</TS>
