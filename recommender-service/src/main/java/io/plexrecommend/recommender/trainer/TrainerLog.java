package io.plexrecommend.recommender.trainer;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The background duties' progress, as a stream the Configuration tab shows: the last {@value #REPLAY} lines are
 * replayed to every new subscriber, then lines arrive as they are written. Lines also go to the service log.
 */
@ApplicationScoped
public class TrainerLog {

    static final int REPLAY = 200;
    private static final Logger LOG = Logger.getLogger(TrainerLog.class);

    private final Deque<LogLine> recent = new ArrayDeque<>();
    private final BroadcastProcessor<LogLine> live = BroadcastProcessor.create();

    public void write(String task, String message, Integer progress) {
        LogLine line = new LogLine(Instant.now(), task, message, progress);
        synchronized (recent) {
            recent.addLast(line);
            while (recent.size() > REPLAY) {
                recent.removeFirst();
            }
        }
        LOG.infof("[%s] %s%s", task, message, progress == null ? "" : " (" + progress + "%)");
        live.onNext(line);
    }

    public List<LogLine> recent() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }

    /** The replay, then live lines. A line written between the two may show twice; none is lost. */
    public Multi<LogLine> stream() {
        return Multi.createBy().concatenating().streams(Multi.createFrom().iterable(recent()), live);
    }

    public void clear() {
        synchronized (recent) {
            recent.clear();
        }
    }
}
