// RowsModel, the list model behind answer options, the review, past forms, the progress table
// and the caseload: roles from the row struct's properties, checked by
// QAbstractItemModelTester, and updated in place when only values change.
#include "RowsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace dit;

namespace {

struct OptionRow
{
    Q_GADGET
    Q_PROPERTY(QString code MEMBER code)
    Q_PROPERTY(bool selected MEMBER selected)
    Q_PROPERTY(QStringList cells MEMBER cells)

public:
    QString code;
    bool selected = false;
    QStringList cells;
    friend bool operator==(const OptionRow &, const OptionRow &) = default;
};

} // namespace

class TestRowsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void behavesAsAListModel()
    {
        QObject owner;
        TypedRows<OptionRow> model(&owner);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy count(&model, &RowsModel::countChanged);

        model.setRows({{.code = "a", .selected = false, .cells = {}},
                       {.code = "b", .selected = false, .cells = {"1", "2"}}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.count(), 2);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(count.count(), 1);
        // The roles are the struct's properties, in the order declared, from UserRole + 1.
        const QHash<int, QByteArray> roles = model.roleNames();
        QCOMPARE(roles.size(), 3);
        QCOMPARE(roles.value(Qt::UserRole + 1), QByteArray("code"));
        QCOMPARE(roles.value(Qt::UserRole + 2), QByteArray("selected"));
        QCOMPARE(roles.value(Qt::UserRole + 3), QByteArray("cells"));
        QCOMPARE(model.data(model.index(1), Qt::UserRole + 1).toString(), QStringLiteral("b"));
        QCOMPARE(model.data(model.index(1), Qt::UserRole + 3).toStringList(),
                 QStringList({"1", "2"}));
        QCOMPARE(model.data(model.index(0), Qt::UserRole + 2).metaType(),
                 QMetaType::fromType<bool>());
        QVERIFY(!model.data(model.index(1), Qt::DisplayRole).isValid());
        QVERIFY(!model.data(model.index(1), Qt::UserRole + 4).isValid());

        // Same count, one value changed: updated in place, no reset (delegates keep focus).
        model.setRows({{.code = "a", .selected = true, .cells = {}},
                       {.code = "b", .selected = false, .cells = {"1", "2"}}});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rows().first().selected, true);
        // get() is a row as a map of its roles, for QML.
        const QVariantMap first = model.get(0);
        QCOMPARE(first.value(QStringLiteral("selected")).toBool(), true);
        QCOMPARE(first.value(QStringLiteral("code")).toString(), QStringLiteral("a"));
        QCOMPARE(first.size(), 3);
        // Nothing changed: no signal at all.
        model.setRows(model.rows());
        QCOMPARE(changed.count(), 1);
        model.setRows({});
        QCOMPARE(model.count(), 0);
        QCOMPARE(reset.count(), 2);
        QCOMPARE(count.count(), 2);
        QVERIFY(model.get(5).isEmpty());
        QVERIFY(model.get(-1).isEmpty());
    }
};

QTEST_MAIN(TestRowsModel)
#include "tst_rowsmodel.moc"
