import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a gzip copy ({@code name.gz}, best compression) beside every text file of the static folder
 * given as the argument, so that the server sends it as it is to a browser that accepts gzip instead
 * of compressing it on every request. Run by the build (pom.xml, process-resources) on the copied
 * resources under target/classes; the sources hold no compressed copies.
 */
public class Precompress {

    private static final Set<String> TEXT = Set.of("css", "js", "json", "svg", "html", "txt", "map", "webmanifest");

    /** Below this a gzip copy saves less than it costs (headers, a second lookup). */
    private static final long SMALLEST = 1024;

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        if (!Files.isDirectory(root)) return;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).filter(Precompress::isText).toList();
        }
        int written = 0;
        for (Path file : files) {
            if (Files.size(file) < SMALLEST) continue;
            byte[] plain = Files.readAllBytes(file);
            Path gz = file.resolveSibling(file.getFileName() + ".gz");
            try (OutputStream out = new BestGzip(Files.newOutputStream(gz))) {
                out.write(plain);
            }
            if (Files.size(gz) >= plain.length) Files.delete(gz);
            else written++;
        }
        System.out.println("Precompress: " + written + " gzip copies under " + root);
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && TEXT.contains(name.substring(dot + 1));
    }

    private static final class BestGzip extends GZIPOutputStream {
        BestGzip(OutputStream out) throws IOException {
            super(out, 64 * 1024);
            def.setLevel(Deflater.BEST_COMPRESSION);
        }
    }
}
