// fazhi-workbench: the desktop workbench.
#include "editcommands.h"
#include "indicatorstyle.h"
#include "librarysession.h"
#include "mainwindow.h"
#include "reportpanel.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

namespace {

// Installs the translations for a language ("zh_CN", "en"); returns the language used.
QString installTranslations(QApplication &app, const QString &requested, QTranslator *ours, QTranslator *qt)
{
    app.removeTranslator(ours);
    app.removeTranslator(qt);
    const QString language = requested.isEmpty() ? QLocale::system().name() : requested;
    const bool chinese = language.startsWith(QLatin1String("zh"));
    // An installed translation (share/fazhi-workbench/translations) can be replaced without
    // rebuilding; the one built into the program is the fallback.
    const QString file = chinese ? QStringLiteral("fazhi_zh_CN") : QStringLiteral("fazhi_en");
    const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/fazhi-workbench/translations");
    if (ours->load(file, installed) || ours->load(file, QStringLiteral(":/i18n")))
        app.installTranslator(ours);
    if (qt->load(QLocale(chinese ? QStringLiteral("zh_CN") : QStringLiteral("en")), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    fz::IndicatorStyle::setLanguage(chinese ? QStringLiteral("zh") : QStringLiteral("en"));
    // Shown in window titles and by the desktop; follows the language.
    QApplication::setApplicationDisplayName(fz::MainWindow::applicationTitle());
    return chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("fazhi"));
    QApplication::setOrganizationName(QStringLiteral("fazhi"));
    QApplication::setApplicationVersion(QStringLiteral(FAZHI_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/fazhi-workbench.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.fazhi.Workbench"));

    QTranslator ours, qt;
    installTranslations(app, QSettings().value(QStringLiteral("ui/language")).toString(), &ours, &qt);

    fz::LibrarySession session;
    QUndoStack undo;
    QPointer<fz::MainWindow> window;
    fz::EditCommand::setErrorHandler([&window](const QString &message) {
        QMessageBox::warning(window, QCoreApplication::translate("main", "Change not saved"), message);
    });
    // The language can change while running: the window is rebuilt around the same library.
    std::function<void()> build = [&]() {
        window = new fz::MainWindow(&session, &undo);
        window->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(window, &fz::MainWindow::languageChangeRequested, &app, [&](const QString &language) {
            QSettings().setValue(QStringLiteral("ui/language"), installTranslations(app, language, &ours, &qt));
            // Rebuilt once the menu that asked has returned. Closing the old window saves its
            // layout and open report, which the new one restores; the application must not
            // take that close for the last window closing.
            QTimer::singleShot(0, &app, [&] {
                const QPointer<fz::MainWindow> old = window;
                app.setQuitOnLastWindowClosed(false);
                old->setAttribute(Qt::WA_DeleteOnClose, false);
                old->close();
                build();
                window->restoreSession();
                window->show();
                old->deleteLater();
                app.setQuitOnLastWindowClosed(true);
            });
        });
    };
    build();
    const QStringList args = app.arguments().mid(1);
    // A library named on the command line: a file, or a team library's postgresql:// address.
    if (!args.isEmpty() && (args.first().endsWith(QLatin1String(".sqlite")) || args.first().endsWith(QLatin1String(".db")) ||
                            args.first().startsWith(QLatin1String("postgresql://"))))
        window->openDatabase(args.first(), true);
    window->restoreSession();
    window->show();
    return app.exec();
}
