#pragma once
// Offsets: the core works in UTF-16 units (QString); the contract and the database speak Unicode
// code points. These convert between the two; texts without surrogates take the fast path.
#include <QString>
#include <QVector>

namespace fz {

class OffsetMap
{
public:
    explicit OffsetMap(const QString &text);
    int toCodePoint(int utf16) const;
    int toUtf16(int codePoint) const;
    bool identity() const { return m_surrogatePairs.isEmpty(); }

private:
    QVector<int> m_surrogatePairs; // UTF-16 offsets of high surrogates, ascending
};

} // namespace fz
