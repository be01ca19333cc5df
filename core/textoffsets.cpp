#include "textoffsets.h"
#include <algorithm>

namespace fz {

OffsetMap::OffsetMap(const QString &text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate()) {
            m_surrogatePairs.append(int(i));
            ++i;
        }
    }
}

int OffsetMap::toCodePoint(int utf16) const
{
    if (m_surrogatePairs.isEmpty())
        return utf16;
    // Every pair that ends at or before utf16 makes one code point of two units.
    const auto it = std::lower_bound(m_surrogatePairs.begin(), m_surrogatePairs.end(), utf16 - 1);
    return utf16 - int(it - m_surrogatePairs.begin());
}

int OffsetMap::toUtf16(int codePoint) const
{
    if (m_surrogatePairs.isEmpty())
        return codePoint;
    int utf16 = codePoint;
    for (int pair : m_surrogatePairs) {
        if (pair < utf16)
            ++utf16;
        else
            break;
    }
    return utf16;
}

} // namespace fz
