#pragma once

#include "timeline/laneset.h"

#include <QDialog>

#include <memory>

class QLineEdit;
class QListWidget;

namespace chipline::annotation {
class EntityDirectory;
}
namespace chipline::storage {
class Database;
}

namespace chipline::ui {

// Edits the actor lanes: add, rename, remove and reorder lanes, and assign entities
// (searched by name or alias), entity types or "everything else" to them. "Restore
// Defaults" brings back the built-in lanes. The caller saves the outcome.
class TimelineLanesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineLanesDialog)

public:
    TimelineLanesDialog(storage::Database &db, const timeline::LaneSet &lanes, bool isDefault,
                        QWidget *parent = nullptr);
    ~TimelineLanesDialog() override;

    QList<timeline::LaneSet::Lane> lanes() const { return m_lanes; }
    // True when the outcome is the built-in lanes, to be followed as they change.
    bool isDefault() const { return m_isDefault; }

private:
    void showLanes(int select);
    void showMembers();
    void search();
    void addLane();
    void removeLane();
    void moveLane(int by);
    void renameLane();
    void addMember(const QString &member);
    void removeMembers();
    void restoreDefaults();
    void edited();
    int currentLane() const;

    std::unique_ptr<annotation::EntityDirectory> m_directory;
    QList<timeline::LaneSet::Lane> m_lanes;
    bool m_isDefault;
    QListWidget *m_laneList;
    QListWidget *m_memberList;
    QLineEdit *m_search;
    QListWidget *m_hits;
};

} // namespace chipline::ui
