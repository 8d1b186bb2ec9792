package dev.paytriage.bench;

import dev.paytriage.model.SafeText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Speed of the gate ({@link SafeText#clean}: escapes, controls, card numbers) on large and hostile
 * inputs, at two sizes each, so a reader sees the time grow linearly (ns per character stays flat).
 * Not JMH: one input of megabytes is long enough to time with the wall clock, median of five runs
 * after a warm-up. Run it with bench/pan-scan.sh.
 */
public final class PanScanBench {
    private PanScanBench() {}

    public static void main(String[] args) {
        int mb = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        Random r = new Random(9);
        System.out.printf("%-34s %10s %9s %9s%n", "input", "chars", "ms", "ns/char");
        for (int size : new int[] {mb << 18, mb << 20}) {
            for (Input in : inputs(size, r)) {
                SafeText.clean(in.text()); // warm-up
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    long t = System.nanoTime();
                    SafeText.clean(in.text());
                    times.add(System.nanoTime() - t);
                }
                times.sort(null);
                long median = times.get(2);
                System.out.printf("%-34s %10d %9.1f %9.1f%n", in.name(), in.text().length(), median / 1e6,
                        (double) median / in.text().length());
            }
        }
    }

    record Input(String name, String text) {}

    static List<Input> inputs(int size, Random r) {
        StringBuilder digits = new StringBuilder(size);
        while (digits.length() < size) {
            digits.append((char) ('0' + r.nextInt(10)));
        }
        StringBuilder spaced = new StringBuilder(size);
        while (spaced.length() < size) {
            spaced.append((char) ('0' + r.nextInt(10))).append(' ');
        }
        StringBuilder orders = new StringBuilder(size);
        while (orders.length() < size) {
            orders.append(1_000_000 + r.nextInt(9_000_000)).append(r.nextInt(10) == 0 ? "\n" : " ");
        }
        StringBuilder prose = new StringBuilder(size);
        String[] forms = {"4111 1111 1111 1111", "4736.5311.4465.6979", "４７３６ ５３１１ ４４６５ ６９７９",
            "4736&nbsp;5311&nbsp;4465&nbsp;6979", "4О47 4З4З З799 7199", "4736%205311%204465%206979"};
        while (prose.length() < size) {
            prose.append("Списали 142,50 BYN за заказ ").append(r.nextInt(10_000)).append(", карта ")
                    .append(forms[r.nextInt(forms.length)]).append(", uid 58213-4f9a1c2b7e \u001b[2J; ");
        }
        return List.of(new Input("one unbroken run of digits", digits.toString()),
                new Input("single digits, space-separated", spaced.toString()),
                new Input("7-digit order numbers, spaced", orders.toString()),
                new Input("complaint prose with card numbers", prose.toString()),
                new Input("2,000-digit run x many", ("7".repeat(2000) + " ").repeat(Math.max(1, size / 2001))));
    }
}
