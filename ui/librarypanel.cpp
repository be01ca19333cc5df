#include "librarypanel.h"
#include "librarymodel.h"
#include "librarysession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace fz {

LibraryPanel::LibraryPanel(LibrarySession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new LibraryModel(session, this))
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search the text of every report (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_province = new QComboBox(this);
    m_city = new QComboBox(this);
    m_level = new QComboBox(this);
    m_yearFrom = new QSpinBox(this);
    m_yearTo = new QSpinBox(this);
    for (QSpinBox *s : {m_yearFrom, m_yearTo}) {
        s->setRange(0, 2100);
        s->setSpecialValueText(QStringLiteral("—"));
        s->setKeyboardTracking(false); // typing 2018 filters once, not for 2, 20 and 201
    }
    m_yearFrom->setToolTip(tr("First year (— : no limit)"));
    m_yearTo->setToolTip(tr("Last year (— : no limit)"));
    m_province->setToolTip(tr("Province"));
    m_city->setToolTip(tr("City"));
    m_level->setToolTip(tr("Administrative level"));
    m_unverified = new QCheckBox(tr("Unverified only"), this);
    m_unverified->setToolTip(tr("Only reports with indicator values that no analyst has verified yet"));
    m_count = new QLabel(this);
    m_level->addItem(tr("All levels"), QString());
    for (const char *l : {"province", "city", "district", "street", "department"})
        m_level->addItem(LibraryModel::levelLabel(QString::fromLatin1(l)), QString::fromLatin1(l));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("libraryView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(LibraryModel::Region, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    fitColumns();
    // Columns can be shown or hidden from the header's context menu; the choice is remembered.
    const QVariantList hidden = QSettings().value(QStringLiteral("library/hiddenColumns"),
                                                  QVariantList{int(LibraryModel::Annotations), int(LibraryModel::Published)}).toList();
    for (const QVariant &c : hidden)
        if (c.toInt() != LibraryModel::Region && c.toInt() != LibraryModel::Title)
            m_view->setColumnHidden(c.toInt(), true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addSection(tr("Columns"));
        for (int c = 0; c < LibraryModel::ColumnCount; ++c) {
            if (c == LibraryModel::Region || c == LibraryModel::Title)
                continue;
            QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
            a->setCheckable(true);
            a->setChecked(!m_view->isColumnHidden(c));
            connect(a, &QAction::toggled, this, [this, c](bool on) {
                m_view->setColumnHidden(c, !on);
                QVariantList hiddenNow;
                for (int i = 0; i < LibraryModel::ColumnCount; ++i)
                    if (m_view->isColumnHidden(i)) hiddenNow << i;
                QSettings().setValue(QStringLiteral("library/hiddenColumns"), hiddenNow);
            });
        }
        menu.exec(m_view->horizontalHeader()->mapToGlobal(pos));
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_province, 3);
    filters->addWidget(m_city, 3);
    filters->addWidget(m_level, 2);
    auto *yearsLabel = new QLabel(tr("&Years"), this);
    yearsLabel->setBuddy(m_yearFrom);
    filters->addSpacing(6);
    filters->addWidget(yearsLabel);
    filters->addWidget(m_yearFrom, 1);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_yearTo, 1);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_unverified);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(searchRow);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    // Tab goes through the filters as they are laid out, then into the table.
    setTabOrder(m_search, m_unverified);
    setTabOrder(m_unverified, m_province);
    setTabOrder(m_province, m_city);
    setTabOrder(m_city, m_level);
    setTabOrder(m_level, m_yearFrom);
    setTabOrder(m_yearFrom, m_yearTo);
    setTabOrder(m_yearTo, m_view);
    setFocusProxy(m_view);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &LibraryPanel::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_province, &QComboBox::currentIndexChanged, this, [this] {
        const QString province = m_province->currentData().toString();
        m_city->blockSignals(true);
        m_city->clear();
        m_city->addItem(tr("All cities"), QString());
        for (const QString &c : m_model->cities(province))
            m_city->addItem(c, c);
        m_city->blockSignals(false);
        applyFilter();
    });
    for (QComboBox *c : {m_city, m_level})
        connect(c, &QComboBox::currentIndexChanged, this, &LibraryPanel::applyFilter);
    for (QSpinBox *s : {m_yearFrom, m_yearTo})
        connect(s, &QSpinBox::valueChanged, this, &LibraryPanel::applyFilter);
    connect(m_unverified, &QCheckBox::toggled, this, &LibraryPanel::applyFilter);
    connect(m_model, &LibraryModel::totalChanged, this, &LibraryPanel::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            Q_EMIT reportActivated(m_model->reportId(current.row()));
    });
    connect(session, &LibrarySession::opened, this, &LibraryPanel::reloadChoices);
    connect(session, &LibrarySession::libraryChanged, this, &LibraryPanel::reloadChoices);
    reloadChoices();
}

void LibraryPanel::reloadChoices()
{
    const QString province = m_province->currentData().toString();
    m_province->blockSignals(true);
    m_province->clear();
    m_province->addItem(tr("All provinces"), QString());
    for (const QString &p : m_model->provinces())
        m_province->addItem(p, p);
    const int pi = m_province->findData(province);
    m_province->setCurrentIndex(pi < 0 ? 0 : pi);
    m_province->blockSignals(false);
    const QString city = m_city->currentData().toString();
    m_city->blockSignals(true);
    m_city->clear();
    m_city->addItem(tr("All cities"), QString());
    for (const QString &c : m_model->cities(m_province->currentData().toString()))
        m_city->addItem(c, c);
    const int ci = m_city->findData(city);
    m_city->setCurrentIndex(ci < 0 ? 0 : ci);
    m_city->blockSignals(false);
    updateCount();
}

void LibraryPanel::updateCount()
{
    const int shown = m_model->totalCount();
    const int all = m_session->isOpen() ? m_session->store().count() : 0;
    if (!m_session->isOpen())
        m_count->setText(tr("No library open."));
    else if (all == 0)
        m_count->setText(tr("The library is empty: File → Import files (Ctrl+I), or drop report files on the window."));
    else if (shown == all)
        m_count->setText(tr("%n report(s)", nullptr, all));
    else
        m_count->setText(tr("Showing %1 of %n report(s)", nullptr, all).arg(shown));
}

int LibraryPanel::preferredWidth() const
{
    int w = m_view->fontMetrics().horizontalAdvance(QString(16, QChar(0x6CD5))); // 16 × 法
    for (int c = 0; c < LibraryModel::ColumnCount; ++c)
        if (c != LibraryModel::Title && !m_view->isColumnHidden(c))
            w += m_view->columnWidth(c);
    const QMargins m = layout()->contentsMargins();
    return w + m.left() + m.right() + m_view->verticalScrollBar()->sizeHint().width() + 2 * m_view->frameWidth();
}

void LibraryPanel::fitColumns()
{
    // Room for what each column holds: the title takes what is left.
    const QFontMetrics fm = m_view->fontMetrics();
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics hm = header->fontMetrics();
    const int pad = fm.horizontalAdvance(QLatin1Char('M'));
    const int sortArrow = hm.height() * 3 / 4;
    auto fit = [&](int column, const QStringList &samples) {
        int w = hm.horizontalAdvance(m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()) + pad + sortArrow;
        for (const QString &s : samples)
            w = qMax(w, fm.horizontalAdvance(s) + pad);
        m_view->setColumnWidth(column, w);
    };
    QStringList levels;
    for (const char *l : {"province", "city", "district", "street", "department"})
        levels << LibraryModel::levelLabel(QString::fromLatin1(l));
    fit(LibraryModel::Region, {QStringLiteral("杭州道街道办")});
    fit(LibraryModel::Parents, {QStringLiteral("杭州市 · 浙江省")});
    fit(LibraryModel::Level, levels);
    fit(LibraryModel::Year, {QStringLiteral("2024")});
    fit(LibraryModel::Indicators, {QStringLiteral("999")});
    fit(LibraryModel::Annotations, {QStringLiteral("999")});
    fit(LibraryModel::Unverified, {QStringLiteral("999")});
    fit(LibraryModel::Published, {QStringLiteral("2024-12-31")});
    header->setMinimumSectionSize(fm.horizontalAdvance(QStringLiteral("2024")) + pad / 2);
    header->setSectionResizeMode(LibraryModel::Title, QHeaderView::Stretch);
}

void LibraryPanel::applyFilter()
{
    LibraryFilter f;
    f.province = m_province->currentData().toString();
    f.city = m_city->currentData().toString();
    f.level = m_level->currentData().toString();
    f.yearFrom = m_yearFrom->value();
    f.yearTo = m_yearTo->value();
    f.search = m_search->text();
    f.unverifiedOnly = m_unverified->isChecked();
    m_model->setFilter(f);
}

qint64 LibraryPanel::currentReport() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? m_model->reportId(i.row()) : 0;
}

QList<qint64> LibraryPanel::selectedReports() const
{
    QList<qint64> out;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        out << m_model->reportId(i.row());
    return out;
}

bool LibraryPanel::selectReport(qint64 id)
{
    int row = m_model->rowOf(id);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(id);
    }
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, LibraryModel::Region));
    m_view->scrollTo(m_model->index(row, LibraryModel::Region));
    return true;
}

void LibraryPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

} // namespace fz
