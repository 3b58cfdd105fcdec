#pragma once

#include "rowtablemodel.h"

#include <QDateTime>
#include <QObject>

namespace opsdash {

/// One guarded action and what it changed, as the actions log keeps it.
struct ActionRecord
{
    QString id; ///< "action-<ms>-<n>": one scheme for every kind of action
    QDateTime time;
    QString profile;
    QString instance; ///< base URL, "all instances" or the database
    QString name; ///< "Force GC", "VACUUM (ANALYZE)", "Terminate session"
    QString parameters;
    QString result; ///< the backend's or the server's answer, or the error
    bool ok = false;
    bool finished = false;
    QString before; ///< "heap used 12.0 MiB"
    QString after;
};

/// The session's actions log: every guarded action, backend or database, as it starts, ends and is measured
/// after. Ids come from here. No I/O.
class ActionLog : public QObject
{
    Q_OBJECT

public:
    explicit ActionLog(QObject *parent = nullptr);

    /// A new id, unique in this process.
    QString nextId();
    /// Adds the record, or updates the one with its id.
    void record(const ActionRecord &record);
    RowTableModel *model() { return &m_model; }

Q_SIGNALS:
    void recorded(const opsdash::ActionRecord &record);

private:
    RowTableModel m_model;
    int m_serial = 0;
};

} // namespace opsdash
