#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace chipline::timeline {

// The units the axis can tick in, coarsest last; Year covers multi-year steps too.
enum class TickUnit {
    Day,
    Week,
    Month,
    Quarter,
    Year
};

struct Tick
{
    QDate date;
    double x = 0;
    QString label;
    bool major = false; // also a boundary of the next coarser unit (a new year, a new month)
};

// Maps calendar days to x coordinates: a day d covers [x(d), x(d + 1)). Pure arithmetic
// shared by the screen and the printer; choosing tick units here keeps them identical.
class TimeScale final
{
    Q_DECLARE_TR_FUNCTIONS(chipline::timeline::TimeScale)

public:
    TimeScale() = default;
    // first is drawn at x0; every day is pixelsPerDay wide.
    TimeScale(QDate first, double x0, double pixelsPerDay);
    // The scale that fits [first, end) into [x0, x0 + width).
    static TimeScale fit(QDate first, QDate end, double x0, double width);

    QDate first() const { return m_first; }
    double x0() const { return m_x0; }
    double pixelsPerDay() const { return m_pixelsPerDay; }
    double x(QDate date) const;
    double x(qint64 julianDay) const;
    // The day under x (days before first are negative offsets, never invalid).
    QDate dateAt(double x) const;

    // The finest unit whose ticks stay at least minSpacing apart.
    TickUnit unitFor(double minSpacing, int *yearStep = nullptr) const;
    // Ticks in [from, to) labelled in the installed language; the first tick and major ticks
    // carry the coarser context ("2025" on January, "Apr 2025" on the first of a month).
    QList<Tick> ticks(QDate from, QDate to, double minSpacing) const;

    static QString label(QDate date, TickUnit unit, bool withContext);
    // The first tick boundary at or after date.
    static QDate ceilTo(QDate date, TickUnit unit, int yearStep = 1);
    static QDate advance(QDate date, TickUnit unit, int yearStep = 1);

private:
    QDate m_first = QDate(2000, 1, 1);
    double m_x0 = 0;
    double m_pixelsPerDay = 1;
};

} // namespace chipline::timeline
