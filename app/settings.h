#pragma once

#include "profile.h"

#include <QObject>
#include <QSettings>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace opsdash {

/// The one typed facade over QSettings: every key and its default live in settings.cpp; change signals fire
/// only on a real change. Never holds a secret.
class Settings : public QObject
{
    Q_OBJECT

public:
    /// The application's settings (QSettings' default location).
    explicit Settings(QObject *parent = nullptr);
    /// Settings in the INI file `path` (tests, portable use).
    explicit Settings(const QString &path, QObject *parent = nullptr);

    QStringList profileNames() const;
    std::optional<Profile> profile(const QString &name) const;
    void saveProfile(const Profile &profile);
    void removeProfile(const QString &name);

    QString lastProfile() const;
    void setLastProfile(const QString &name);
    /// UI language ("de", "fr", …); empty follows the system locale.
    QString language() const;
    void setLanguage(const QString &language);
    /// Keep polling at full rate while the window is minimized.
    bool pollWhileMinimized() const;
    void setPollWhileMinimized(bool on);
    /// Chart time range in minutes (5, 15, 60, 360, 1440).
    int timeRangeMinutes() const;
    void setTimeRangeMinutes(int minutes);
    /// What the window looked like when it closed, by part ("window/geometry", "events/splitter0", …): Qt's own
    /// saveState()/saveGeometry() bytes, empty for a part never saved.
    QByteArray windowState(const QString &part) const;
    void setWindowState(const QString &part, const QByteArray &state);
    /// The page shown when the window closed ("overview", …); empty before the first close.
    QString lastPage() const;
    void setLastPage(const QString &page);

    void sync() { m_settings->sync(); }

Q_SIGNALS:
    void profilesChanged();
    void languageChanged(const QString &language);
    void pollWhileMinimizedChanged(bool on);
    void timeRangeChanged(int minutes);

private:
    QVariant value(const char *key) const;
    bool setValue(const char *key, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace opsdash
