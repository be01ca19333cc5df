#include "clicommon.h"

#include "database.h"

#include <QFile>
#include <algorithm>
#include <cstdio>

namespace fz::cli {

namespace {
QTextStream *makeStream(FILE *handle, QIODevice::OpenMode mode)
{
    auto *file = new QFile;
    file->open(handle, mode);
    auto *stream = new QTextStream(file);
    stream->setEncoding(QStringConverter::Utf8);
    return stream;
}
}

QTextStream &out()
{
    static QTextStream *stream = makeStream(stdout, QIODevice::WriteOnly);
    return *stream;
}

QTextStream &err()
{
    static QTextStream *stream = makeStream(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    return *stream;
}

void fail(const QString &message)
{
    out().flush();
    err() << "fazhi: " << message << Qt::endl;
}

QByteArray toJson(const QJsonDocument &doc, bool indented)
{
    return doc.toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);
}

QStringList Args::values(const QString &name) const
{
    QStringList out = all.values(name);
    std::reverse(out.begin(), out.end()); // QMultiMap returns the newest first
    return out;
}

Args parseArgs(const QStringList &args, const QStringList &valueOptions, const QStringList &flagOptions)
{
    Args a;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--")) {
            a.positional += args.mid(i + 1);
            break;
        }
        if (!arg.startsWith(QLatin1String("--")) || arg.size() == 2) {
            a.positional << arg;
            continue;
        }
        QString name = arg.mid(2), value;
        const qsizetype eq = name.indexOf(u'=');
        const bool inlineValue = eq >= 0;
        if (inlineValue) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (valueOptions.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size()) {
                    a.error = QStringLiteral("option --%1 needs a value").arg(name);
                    return a;
                }
                value = args.at(++i);
            }
            a.options.insert(name, value);
            a.all.insert(name, value);
        } else if (flagOptions.contains(name) && !inlineValue) {
            a.flags << name;
        } else {
            a.error = QStringLiteral("unknown option --%1").arg(name);
            return a;
        }
    }
    return a;
}

QString databaseLocation(const Args &args)
{
    return args.value(QStringLiteral("db"), Database::defaultLocation());
}

void announceUpgrade(const QString &location)
{
    const int stored = Database::storedSchemaVersion(location);
    if (Database::needsUpgrade(stored))
        err() << "fazhi: upgrading " << location << " from schema version " << stored << " to "
              << Database::kSchemaVersion << "…" << Qt::endl;
}

std::unique_ptr<Database> openLibrary(const QString &location, Database::Mode mode, QString *error)
{
    announceUpgrade(location);
    return Database::open(location, mode, error);
}

} // namespace fz::cli
