package io.plexrecommend.graph.store;

/** One compaction: the write transactions whose garbage it reclaimed, and the database's size before and after. */
public record CompactionResult(long writes, long bytesBefore, long bytesAfter) {
}
