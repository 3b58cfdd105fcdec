#include "ringbuffer.h"

#include <QTest>

using opsdash::RingBuffer;

class TestRingBuffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldKeepInsertionOrderBelowCapacity()
    {
        RingBuffer<int> buffer(4);
        buffer.append(1);
        buffer.append(2);
        QCOMPARE(buffer.size(), 2u);
        QCOMPARE(buffer.first(), 1);
        QCOMPARE(buffer.last(), 2);
    }

    void shouldOverwriteOldestWhenFull()
    {
        // Given a full buffer of capacity 3
        RingBuffer<int> buffer(3);
        for (int i = 1; i <= 3; ++i)
            buffer.append(i);
        // When two more values arrive
        buffer.append(4);
        buffer.append(5);
        // Then the two oldest are gone and order is preserved
        QCOMPARE(buffer.size(), 3u);
        QList<int> seen;
        buffer.forEach([&](int v) { seen.append(v); });
        QCOMPARE(seen, (QList<int>{3, 4, 5}));
        QCOMPARE(buffer.at(0), 3);
        QCOMPARE(buffer.last(), 5);
    }

    void shouldWrapManyTimes()
    {
        RingBuffer<int> buffer(7);
        for (int i = 0; i < 1000; ++i)
            buffer.append(i);
        QCOMPARE(buffer.size(), 7u);
        for (std::size_t i = 0; i < buffer.size(); ++i)
            QCOMPARE(buffer.at(i), int(993 + i));
    }

    void shouldClear()
    {
        RingBuffer<int> buffer(2);
        buffer.append(1);
        buffer.clear();
        QVERIFY(buffer.isEmpty());
        buffer.append(9);
        QCOMPARE(buffer.first(), 9);
    }

    void shouldIgnoreAppendWithZeroCapacity()
    {
        RingBuffer<int> buffer(0);
        buffer.append(1);
        QVERIFY(buffer.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestRingBuffer)
#include "tst_ringbuffer.moc"
