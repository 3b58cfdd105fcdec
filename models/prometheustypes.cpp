#include "prometheustypes.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace opsdash::am {

namespace {

/// The file's translation context (lupdate reads it from here).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(opsdash::am)
};

} // namespace

std::optional<QList<Matcher>> parseMatchers(const QString &text, QString *error)
{
    // name, operator, then a double-quoted value (with \" and \\) or a bare one up to the next comma.
    static const QRegularExpression one(QStringLiteral(
        R"re(^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(=~|!~|!=|=)\s*(?:"((?:[^"\\]|\\.)*)"|([^,"]*?))\s*(?:,|$))re"));
    QList<Matcher> out;
    QString rest = text.trimmed();
    if (rest.startsWith(u'{') && rest.endsWith(u'}'))
        rest = rest.mid(1, rest.size() - 2);
    while (!rest.trimmed().isEmpty()) {
        const auto m = one.match(rest);
        if (!m.hasMatch()) {
            *error = Text::tr("cannot read a matcher at \"%1\": write name=value, name!=value, name=~regex or "
                              "name!~regex, separated by commas")
                         .arg(rest.trimmed().left(40));
            return std::nullopt;
        }
        const QString op = m.captured(2);
        QString value = m.capturedStart(3) >= 0 ? m.captured(3) : m.captured(4).trimmed();
        value.replace(QStringLiteral("\\\""), QStringLiteral("\""))
            .replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
        const bool regex = op.endsWith(u'~');
        if (regex && !QRegularExpression(value).isValid()) {
            *error = Text::tr("%1: \"%2\" is not a regular expression").arg(m.captured(1), value.left(40));
            return std::nullopt;
        }
        out.append(Matcher{m.captured(1), value, regex, op.startsWith(u'=')});
        rest = rest.mid(m.capturedEnd(0));
    }
    if (out.isEmpty()) {
        *error = Text::tr("a silence needs at least one matcher");
        return std::nullopt;
    }
    if (std::none_of(out.begin(), out.end(), [](const Matcher &m) { return m.isEqual && !m.value.isEmpty(); })) {
        *error = Text::tr(
            "at least one matcher must be = or =~ with a value (Alertmanager refuses a silence of everything)");
        return std::nullopt;
    }
    return out;
}

QString formatMatchers(const QList<Matcher> &matchers)
{
    QStringList parts;
    for (const Matcher &m : matchers) {
        const QString op = m.isEqual ? (m.isRegex ? QStringLiteral("=~") : QStringLiteral("="))
                                     : (m.isRegex ? QStringLiteral("!~") : QStringLiteral("!="));
        QString value = m.value;
        value.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        parts.append(m.name + op + u'"' + value + u'"');
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace opsdash::am
