package io.plexrecommend.scanner.scan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Scan jobs in scanner.db: progress for the API, and the checkpoint a restarted service resumes from. */
@ApplicationScoped
public class ScanStore {

    private static final String COLUMNS = "id, kind, state, libraries, total, seen, published, skipped, failed, "
            + "failures, checkpoint, created_at, started_at, finished_at";

    private final AgroalDataSource db;
    private final ObjectMapper json;
    private final int maxListedFailures;

    public ScanStore(AgroalDataSource db, ObjectMapper json, io.plexrecommend.scanner.config.ScannerConfig config) {
        this.db = db;
        this.json = json;
        this.maxListedFailures = config.scan().maxListedFailures();
    }

    public void save(ScanJob job) {
        ScanView v = job.view();
        ScanJob.Checkpoint checkpoint = job.checkpoint();
        String sql = "INSERT INTO scan (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET "
                + "state = excluded.state, total = excluded.total, seen = excluded.seen, published = excluded.published, "
                + "skipped = excluded.skipped, failed = excluded.failed, failures = excluded.failures, "
                + "checkpoint = excluded.checkpoint, started_at = excluded.started_at, finished_at = excluded.finished_at";
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            ItemIndex.bind(s, v.id(), job.kind().name(), job.state().name(), write(v.libraries()), v.total(), v.seen(),
                    v.published(), v.skipped(), v.failed(), write(v.failures()), write(checkpoint),
                    job.createdAt().toEpochMilli(), millis(v.startedAt()), millis(v.finishedAt()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot save scan " + v.id() + ": " + e.getMessage(), e);
        }
    }

    public Optional<ScanJob> find(String id) {
        return query("SELECT " + COLUMNS + " FROM scan WHERE id = ?", id).stream().findFirst();
    }

    public List<ScanJob> recent(int limit) {
        return query("SELECT " + COLUMNS + " FROM scan ORDER BY created_at DESC LIMIT ?", limit);
    }

    /** Jobs a stopped service left queued or running: they resume from their checkpoint. */
    public List<ScanJob> unfinished() {
        return query("SELECT " + COLUMNS + " FROM scan WHERE state IN ('QUEUED', 'RUNNING') ORDER BY created_at");
    }

    private List<ScanJob> query(String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            ItemIndex.bind(s, args);
            List<ScanJob> jobs = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long total = rs.getLong(5);
                    Integer totalOrNull = rs.wasNull() ? null : (int) total;
                    jobs.add(new ScanJob(rs.getString(1), ScanJob.Kind.valueOf(rs.getString(2)),
                            json.readValue(rs.getString(4), new TypeReference<List<String>>() { }),
                            ScanJob.State.valueOf(rs.getString(3)), totalOrNull, rs.getInt(6), rs.getInt(7),
                            rs.getInt(8), rs.getInt(9),
                            json.readValue(rs.getString(10), new TypeReference<List<ScanView.Failure>>() { }),
                            Instant.ofEpochMilli(rs.getLong(12)), instant(rs, 13), instant(rs, 14),
                            rs.getString(11) == null ? null : json.readValue(rs.getString(11), ScanJob.Checkpoint.class),
                            maxListedFailures));
                }
            }
            return jobs;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot read scans: " + e.getMessage(), e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(value);
    }
}
