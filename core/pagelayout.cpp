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
    // 相关阅读： then "· 2020年…行政复议收案61件": the titles of other pages, listed under it.
    static const QRegularExpression linksHeader(QStringLiteral(
        "^\\s*(?:相关(?:阅读|链接|文章|新闻|推荐|报道)|推荐阅读|往期推荐|往期回顾|热点推荐|延伸阅读|更多阅读|猜你喜欢)"));
    bool inLinks = false;
    while (pos <= n) {
        int eol = int(folded.indexOf(u'\n', pos));
        if (eol < 0)
            eol = n;
        const QStringView line = QStringView(folded).mid(pos, eol - pos);
        if (!line.trimmed().isEmpty()) {
            const QStringView t = line.trimmed();
            if (inLinks && (t.size() > 60 || t.contains(u'。')))
                inLinks = false;
            if (isChromeLine(line) || inLinks) {
                layout.chrome.append({pos, eol});
                if (linksHeader.match(line).hasMatch())
                    inLinks = true;
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
