#pragma once
// What every command shares: UTF-8 output streams, one-line errors, the database location.
#include <QJsonDocument>
#include <QMap>
#include <QMultiMap>
#include <QStringList>
#include <QString>
#include <QTextStream>
#include <memory>

#include "database.h"

namespace fz::cli {

QTextStream &out();
QTextStream &err();

// Prints "fazhi: <message>" on stderr.
void fail(const QString &message);

// Compact JSON with non-ASCII characters kept as they are.
QByteArray toJson(const QJsonDocument &doc, bool indented = false);

// Command arguments: options (--name VALUE, --name=VALUE, --flag) and the rest, in order.
struct Args {
    QStringList positional;
    QMap<QString, QString> options;   // last value wins
    QMultiMap<QString, QString> all;  // every value, for repeatable options
    QStringList flags;
    QString error;
    bool has(const QString &name) const { return flags.contains(name) || options.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const { return options.value(name, fallback); }
    QStringList values(const QString &name) const;
};

// valueOptions: options that take a value; flagOptions: options that do not.
Args parseArgs(const QStringList &args, const QStringList &valueOptions, const QStringList &flagOptions);

// The database location: --db, else $FAZHI_DB, else the platform's default.
QString databaseLocation(const Args &args);

// Says on stderr that a library of an older schema is about to be upgraded (a large one takes
// a while, and the command would otherwise sit silent).
void announceUpgrade(const QString &location);
// Opens a library as Database::open does, after announceUpgrade().
std::unique_ptr<Database> openLibrary(const QString &location, Database::Mode mode, QString *error);

} // namespace fz::cli
