package org.copydesk.cli;

import java.nio.file.Path;
import org.copydesk.domain.Receipt;
import org.copydesk.service.Desk;
import org.copydesk.service.ExchangeService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code unpack FILE}: receives a package. Prints {@code id<TAB>outcome<TAB>title} per article (new,
 * updated, merged, unchanged, conflict) and a summary line on stderr; every article of the package
 * is stored, or (when the package fails its checks) none.
 */
@Command(name = "unpack", description = "Receive a package from another desk: new, updated, merged, unchanged or conflict per article.")
final class UnpackCommand extends DeskCommand {

    @Parameters(paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
        try (Desk desk = open(Desk.Access.READ_WRITE)) {
            ExchangeService.Received received = desk.exchange().unpack(file);
            for (Receipt r : received.receipts()) {
                out().println(r.id() + "\t" + r.outcome().code() + "\t" + r.title());
                if (!r.remark().isEmpty()) {
                    err().println(r.id() + ": " + r.remark());
                }
            }
            err().println(received.summary());
        }
        return 0;
    }
}
