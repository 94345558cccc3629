package io.plexrecommend.recommender.rating;

/**
 * Where an event sits on {@code ratings}. The topic is keyed by profile, so all of a profile's events are on one
 * partition and their offsets are the order in which they were received: that order, not the dates the events carry
 * (an import carries the original dates), decides what a {@code ProfileResetEvent} forgets.
 * <p>
 * Offsets of different partitions are not comparable. That happens only if the topic's partition count was changed
 * (a profile's newer events then go to another partition); such positions are never "before" one another: an event
 * on another partition than the profile's reset is applied, and a reset forgets the rows from other partitions that
 * exist when it is applied.
 */
public record TopicPosition(int partition, long offset) {

    /** Whether this was received before {@code other} on the same partition. */
    public boolean isBefore(TopicPosition other) {
        return other != null && partition == other.partition && offset < other.offset;
    }

    /**
     * Whether something placed at {@code at} (null: written before positions were recorded) was received before the
     * reset at {@code reset} (null: the profile was never reset), so that reset forgets it. The reset itself is not
     * before itself: a redelivered reset stays a duplicate.
     */
    public static boolean forgottenBy(TopicPosition reset, TopicPosition at) {
        return reset != null && (at == null || at.partition != reset.partition || at.offset < reset.offset);
    }

    /** A position from two nullable columns. */
    public static TopicPosition of(Number partition, Number offset) {
        return partition == null || offset == null ? null : new TopicPosition(partition.intValue(), offset.longValue());
    }
}
