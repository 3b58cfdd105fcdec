#include "profile.h"

#include <QCoreApplication>
#include <QHostAddress>

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

QString describeSslMode(const QString &mode)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("opsdash::Profile", text); };
    if (mode == u"disable")
        return tr("No TLS: passwords and data travel in clear.");
    if (mode == u"allow")
        return tr("Tries without TLS first: passwords and data usually travel in clear.");
    if (mode == u"prefer")
        return tr("TLS if the server offers it, else in clear; anyone in between can downgrade it. For this "
                  "machine only.");
    if (mode == u"require")
        return tr("Always encrypted, but the server is not verified: anyone in between can pose as it.");
    if (mode == u"verify-ca")
        return tr("Encrypted, and the server's certificate must be signed by a trusted CA; its name is not checked.");
    if (mode == u"verify-full")
        return tr("Encrypted, the certificate signed by a trusted CA and issued for this host name. Use this for "
                  "any remote database.");
    return tr("Unknown mode.");
}

} // namespace opsdash
