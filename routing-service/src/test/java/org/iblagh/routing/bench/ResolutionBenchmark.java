package org.iblagh.routing.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.iblagh.contracts.Category;
import org.iblagh.routing.data.ReferenceData;
import org.iblagh.routing.jurisdiction.JurisdictionAnswer;
import org.iblagh.routing.jurisdiction.JurisdictionQuery;
import org.iblagh.routing.jurisdiction.JurisdictionResolver;
import org.iblagh.routing.place.PlaceResolution;
import org.iblagh.routing.place.PlaceResolver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Resolution throughput on one thread: place only and the full jurisdiction answer (with
 * its basis), over a mix of exact names (Latin and Arabic) and a mix of typos.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ResolutionBenchmark {

	static final String[] EXACT = { "Casablanca", "Rabat", "Fès", "Marrakech", "Tanger", "Casa", "Dar el Beida",
			"الدار البيضاء", "سلا", "Laayoune", "Agadir", "Oujda", "Kénitra", "Béni Mellal", "Guercif", "Ksar El Kebir",
			"Hay Hassani", "Tétouan", "مراكش", "Fez" };

	static final String[] TYPOS = { "Casablnaca", "Marakech", "Kenitr", "Tetuoan", "Agadri", "Khouribgaa",
			"Errachidiya", "Mekness", "Ouarzazatt", "Tatza" };

	private PlaceResolver places;

	private JurisdictionResolver jurisdictions;

	private int i;

	private final LocalDate date = LocalDate.of(2025, 6, 1);

	@Setup
	public void setUp() {
		ReferenceData data = ReferenceData.load();
		this.places = new PlaceResolver(data);
		this.jurisdictions = JurisdictionResolver.standard();
	}

	@Benchmark
	public PlaceResolution placeExact() {
		return this.places.resolve(EXACT[(this.i++ & 0x7fffffff) % EXACT.length], null);
	}

	@Benchmark
	public PlaceResolution placeTypo() {
		return this.places.resolve(TYPOS[(this.i++ & 0x7fffffff) % TYPOS.length], null);
	}

	@Benchmark
	public JurisdictionAnswer jurisdictionExact() {
		return this.jurisdictions.resolve(new JurisdictionQuery(EXACT[(this.i++ & 0x7fffffff) % EXACT.length], null,
				Category.ONLINE_FRAUD, null, this.date));
	}

	@Benchmark
	public JurisdictionAnswer jurisdictionTypo() {
		return this.jurisdictions.resolve(new JurisdictionQuery(TYPOS[(this.i++ & 0x7fffffff) % TYPOS.length], null,
				Category.ONLINE_FRAUD, null, this.date));
	}

}
