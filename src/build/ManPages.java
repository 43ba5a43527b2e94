import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.nocontact.cli.Main;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build-time only (src/build/release.sh, never in the jar): a man page for every command, from the
 * same picocli model as --help. picocli-codegen writes each page as AsciiDoc; Asciidoctor's
 * manpage backend turns it into troff (section 1). Usage: ManPages ADOC_DIR MAN_DIR
 */
public final class ManPages {
    public static void main(String[] args) throws IOException {
        File adoc = new File(args[0]);
        Path man = Path.of(args[1]);
        Files.createDirectories(man);
        int status = ManPageGenerator.generateManPage(adoc, null, new boolean[0], true,
                Main.everyCommand().getCommandSpec());
        if (status != 0) {
            throw new IllegalStateException("picocli's ManPageGenerator failed with status " + status);
        }
        List<Path> pages;
        try (Stream<Path> files = Files.list(adoc.toPath())) {
            pages = files.filter(p -> p.toString().endsWith(".adoc")).sorted().toList();
        }
        try (Asciidoctor asciidoctor = Asciidoctor.Factory.create()) {
            for (Path page : pages) {
                String name = page.getFileName().toString().replaceAll("\\.adoc$", ".1");
                asciidoctor.convertFile(page.toFile(), Options.builder().backend("manpage").safe(SafeMode.UNSAFE)
                        .toFile(man.resolve(name).toFile()).build());
            }
        }
        System.out.println("man pages: " + pages.size() + " in " + man);
    }
}
