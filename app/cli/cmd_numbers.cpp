// fazhi numbers --json: the numbers found in each line of standard input.
#include "chinesenumbers.h"
#include "clicommon.h"
#include "commands.h"
#include "textfold.h"
#include "textoffsets.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace fz::cli {

namespace {
QJsonValue numberValue(double v)
{
    // Whole numbers print without a fraction; others with the digits they need.
    if (std::fabs(v) < 9e15 && v == std::floor(v))
        return QJsonValue(qint64(v));
    return QJsonValue(v);
}
}

int runNumbers(const QStringList &args)
{
    if (!args.contains(QLatin1String("--json"))) {
        fail(QStringLiteral("usage: fazhi numbers --json < lines.txt"));
        return 2;
    }
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    const NumberRecognizer &rec = NumberRecognizer::instance();
    for (;;) {
        QByteArray raw = in.readLine();
        if (raw.isEmpty() && in.atEnd())
            break;
        if (raw.endsWith('\n')) raw.chop(1);
        if (raw.endsWith('\r')) raw.chop(1);
        const QString line = QString::fromUtf8(raw);
        const QString folded = fold(line);
        const OffsetMap offsets(line);
        QJsonArray arr;
        for (const NumberToken &t : rec.find(folded)) {
            QJsonObject o;
            o.insert(QStringLiteral("text"), line.mid(t.start, t.end - t.start));
            o.insert(QStringLiteral("start"), offsets.toCodePoint(t.start));
            o.insert(QStringLiteral("end"), offsets.toCodePoint(t.end));
            o.insert(QStringLiteral("value"), numberValue(t.value));
            o.insert(QStringLiteral("kind"), NumberRecognizer::kindName(t.kind));
            o.insert(QStringLiteral("approximate"), t.approximate);
            if (t.change)
                o.insert(QStringLiteral("change"), true);
            arr.append(o);
        }
        out() << toJson(QJsonDocument(arr)) << '\n';
    }
    out().flush();
    return 0;
}

} // namespace fz::cli
