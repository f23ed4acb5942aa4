package org.copydesk.ui.exchange;

import org.copydesk.domain.MergeView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.copydesk.domain.Article;
import org.copydesk.domain.Receipt;
import org.copydesk.l10n.Messages;
import org.copydesk.service.ExchangeService;
import org.copydesk.ui.fx.Errors;
import org.copydesk.ui.fx.TaskRunner;
import org.copydesk.ui.session.OpenArticle;

/**
 * Articles to and from other desks in the window: the open article sent as a package, packages
 * received (with progress), and the conflict waiting on the open article, settled here.
 */
public final class ExchangeViewModel {

    private final ExchangeService exchange;
    private final OpenArticle session;
    private final TaskRunner runner;
    private final Messages m = Messages.get();
    private final StringProperty message = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final ObjectProperty<MergeView> conflict = new SimpleObjectProperty<>();

    public ExchangeViewModel(ExchangeService exchange, OpenArticle session, TaskRunner runner) {
        this.exchange = exchange;
        this.session = session;
        this.runner = runner;
        session.storedProperty().addListener((o, was, now) -> {
            if (now == null || !now.conflict()) {
                conflict.set(null);
            } else {
                loadConflict(now.id());
            }
        });
    }

    /** The last thing sending or receiving said. */
    public StringProperty messageProperty() {
        return message;
    }

    /** How far a receipt has got (0–1), or -1 when nothing is being received. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    /** The conflict waiting on the open article, or null. */
    public ObjectProperty<MergeView> conflictProperty() {
        return conflict;
    }

    /** Packs the open article (saved first) into {@code file}. */
    public void send(Path file) {
        long id = session.id();
        if (id == 0) {
            return;
        }
        session.flush(() -> runner.submit("send", () -> exchange.pack(List.of(id), null, file),
                packed -> message.set(m.get("exchange.packed", packed.articles().size(), file)), this::fail));
    }

    /** Receives packages one after another; {@code then} gets every receipt (the shell opens the first). */
    public void receive(List<Path> files, Consumer<List<Receipt>> then) {
        progress.set(0);
        session.flush(() -> runner.submit("receive", () -> {
            List<Receipt> all = new ArrayList<>();
            List<String> summaries = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                double before = i / (double) files.size();
                double share = 1.0 / files.size();
                ExchangeService.Received r = exchange.unpack(files.get(i),
                        (done, count) -> runner.onUi(() -> progress.set(before + share * done / count)));
                all.addAll(r.receipts());
                summaries.add(r.summary());
            }
            return new Batch(all, String.join(m.get("report.clauseSeparator"), summaries));
        }, batch -> {
            progress.set(-1);
            message.set(batch.summary());
            batch.receipts().stream().filter(r -> r.id() == session.id()).findFirst()
                    .ifPresent(r -> reloadOpen());
            then.accept(batch.receipts());
        }, t -> {
            progress.set(-1);
            fail(t);
        }));
    }

    private record Batch(List<Receipt> receipts, String summary) {
    }

    /** The open article changed under the editor (received): show it as stored now. */
    private void reloadOpen() {
        long id = session.id();
        runner.submit("reload", () -> exchange.current(id), session::reload, this::fail);
    }

    private void loadConflict(long id) {
        runner.submit("conflict", () -> exchange.conflictView(id).orElse(null), v -> {
            if (session.id() == id) {
                conflict.set(v);
            }
        }, this::fail);
    }

    /** Settles the conflict with what the person wrote for each place (by {@link MergeView.Part#key()}). */
    public void resolve(Map<String, String> results) {
        long id = session.id();
        if (id == 0) {
            return;
        }
        session.flush(() -> runner.submit("resolve", () -> exchange.resolve(id, results), (Article a) -> {
            session.reload(a);
            message.set(m.get("conflict.resolved"));
        }, this::fail));
    }

    private void fail(Throwable t) {
        message.set(Errors.message(t));
    }
}
