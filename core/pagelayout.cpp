#include "pagelayout.h"

#include <QFile>
#include <QRegularExpression>
#include <algorithm>

namespace fz {
namespace {

// All patterns joined into one expression: one match per short line.
const QRegularExpression &chromePattern()
{
    static const QRegularExpression pattern = [] {
        QStringList parts;
        QFile f(QStringLiteral(":/fazhi/chrome/patterns.txt"));
        if (f.open(QIODevice::ReadOnly)) {
            for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
                if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || !QRegularExpression(line).isValid())
                    continue;
                parts << QStringLiteral("(?:") + line + QLatin1Char(')');
            }
        }
        QRegularExpression re(parts.join(QLatin1Char('|')));
        re.optimize();
        return re;
    }();
    return pattern;
}

bool isChromeLine(QStringView line)
{
    if (line.size() > 200)
        return false; // a paragraph, not a toolbar
    QString compact;
    compact.reserve(line.size());
    for (QChar c : line)
        if (!c.isSpace())
            compact += c;
    if (compact.isEmpty() || compact.size() > 80)
        return false;
    return chromePattern().match(compact).hasMatch();
}

} // namespace

bool PageLayout::isChrome(int pos) const
{
    auto it = std::upper_bound(chrome.begin(), chrome.end(), pos,
                               [](int p, const Span &s) { return p < s.start; });
    if (it == chrome.begin())
        return false;
    --it;
    return it->contains(pos);
}

PageLayout detectPageLayout(const QString &folded)
{
    PageLayout layout;
    const int n = int(folded.size());
    int firstBody = -1, lastBodyEnd = -1;
    int pos = 0;
    while (pos <= n) {
        int eol = int(folded.indexOf(u'\n', pos));
        if (eol < 0)
            eol = n;
        const QStringView line = QStringView(folded).mid(pos, eol - pos);
        if (!line.trimmed().isEmpty()) {
            if (isChromeLine(line)) {
                layout.chrome.append({pos, eol});
            } else {
                if (firstBody < 0)
                    firstBody = pos;
                lastBodyEnd = eol;
            }
        }
        pos = eol + 1;
    }
    if (firstBody < 0) {
        layout.bodyStart = 0;
        layout.bodyEnd = n;
    } else {
        // Leading white space of the first body line is not part of the body.
        while (firstBody < lastBodyEnd && folded.at(firstBody).isSpace())
            ++firstBody;
        layout.bodyStart = firstBody;
        layout.bodyEnd = lastBodyEnd;
    }
    return layout;
}

} // namespace fz
