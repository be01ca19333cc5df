#pragma once
// Where the report body lies in a scraped page, and which lines are site chrome
// (navigation, toolbars, footers) that extraction skips and the reader dims.
#include <QString>
#include <QVector>

namespace fz {

struct Span {
    int start = 0;
    int end = 0; // exclusive
    bool contains(int pos) const { return pos >= start && pos < end; }
    bool operator==(const Span &o) const { return start == o.start && end == o.end; }
};

struct PageLayout {
    int bodyStart = 0;
    int bodyEnd = 0;           // exclusive
    QVector<Span> chrome;      // chrome lines, sorted, possibly inside the body range

    bool isChrome(int pos) const;
};

// folded: the text after fold(); offsets are the same as the original's.
PageLayout detectPageLayout(const QString &folded);

} // namespace fz
