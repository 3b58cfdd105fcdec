#include "profile.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <utility>

namespace opsdash {

bool isLocalDatabaseHost(const QString &host)
{
    const QString h = host.trimmed();
    if (h.isEmpty() || h.startsWith(u'/') || h.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(h) && address.isLoopback();
}

QString defaultSslMode(const QString &host)
{
    return isLocalDatabaseHost(host) ? QStringLiteral("prefer") : QStringLiteral("verify-full");
}

bool sslModeMayBePlaintext(const QString &mode)
{
    return mode == u"disable" || mode == u"allow" || mode == u"prefer";
}

const QStringList &sslModes()
{
    static const QStringList modes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                      QStringLiteral("prefer"),    QStringLiteral("require"),
                                      QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

QString describeSslMode(const QString &mode)
{
    static constexpr std::pair<const char *, const char *> descriptions[] = {
        {"disable", QT_TRANSLATE_NOOP("opsdash::Profile", "No TLS: passwords and data travel in clear.")},
        {"allow",
         QT_TRANSLATE_NOOP("opsdash::Profile", "Tries without TLS first: passwords and data usually travel in clear.")},
        {"prefer",
         QT_TRANSLATE_NOOP("opsdash::Profile",
                           "TLS if the server offers it, else in clear; anyone in between can downgrade "
                           "it. For this machine only.")},
        {"require",
         QT_TRANSLATE_NOOP("opsdash::Profile",
                           "Always encrypted, but the server is not verified: anyone "
                           "in between can pose as it.")},
        {"verify-ca",
         QT_TRANSLATE_NOOP("opsdash::Profile",
                           "Encrypted, and the server's certificate must be signed "
                           "by a trusted CA; its name is not checked.")},
        {"verify-full",
         QT_TRANSLATE_NOOP("opsdash::Profile",
                           "Encrypted, the certificate signed by a trusted CA and issued for this "
                           "host name. Use this for any remote database.")},
    };
    for (const auto &[name, text] : descriptions) {
        if (mode == QLatin1String(name))
            return QCoreApplication::translate("opsdash::Profile", text);
    }
    return QCoreApplication::translate("opsdash::Profile", "Unknown mode.");
}

} // namespace opsdash
