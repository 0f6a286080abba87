#pragma once

#include <QStyledItemDelegate>

namespace chipline::ui {

// Paints a keyword-in-context line the way concordances do: the words before the name
// right-aligned up to a fixed column, the name in bold on its type's colour, the words
// after it left-aligned, so that the names of all lines stand in one column; below it, in
// a quieter colour, where the line comes from (SourceRole: date, outlet, title). The item
// carries the three parts in LeftRole, HitRole and RightRole, the type in TypeRole.
class KwicDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KwicDelegate)

public:
    enum Role {
        LeftRole = Qt::UserRole + 20,
        HitRole,
        RightRole,
        TypeRole,
        SourceRole
    };

    explicit KwicDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace chipline::ui
