package org.iblagh.k8s;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * Checks that the manifests refer only to things that exist: what {@code kubectl apply}
 * would accept but the cluster would then fail on (a Service selecting no pod, a probe on
 * a port the container does not open, a Secret nobody creates). Returns the problems
 * found, one readable line each; none means the set is consistent.
 */
final class ReferenceChecker {

	private final List<Manifest> manifests;

	private final KnownSecrets secrets;

	private final List<String> problems = new ArrayList<>();

	private ReferenceChecker(List<Manifest> manifests, KnownSecrets secrets) {
		this.manifests = manifests;
		this.secrets = secrets;
	}

	static List<String> check(List<Manifest> manifests, Map<String, Set<String>> externalSecrets) {
		ReferenceChecker checker = new ReferenceChecker(manifests, KnownSecrets.of(externalSecrets, manifests));
		checker.run();
		return checker.problems;
	}

	/** A pod template and who owns it. */
	record Workload(Manifest owner, PodTemplateSpec template, Set<String> claimTemplates) {

		Map<String, String> podLabels() {
			return Objects.requireNonNullElse(this.template.getMetadata().getLabels(), Map.of());
		}

		PodSpec pod() {
			return this.template.getSpec();
		}

		Stream<Container> allContainers() {
			return Stream.concat(pod().getInitContainers().stream(), pod().getContainers().stream());
		}

	}

	static List<Workload> workloads(List<Manifest> manifests) {
		List<Workload> workloads = new ArrayList<>();
		for (Manifest manifest : manifests) {
			if (manifest.object() instanceof Deployment deployment) {
				workloads.add(new Workload(manifest, deployment.getSpec().getTemplate(), Set.of()));
			}
			else if (manifest.object() instanceof StatefulSet statefulSet) {
				Set<String> claims = new HashSet<>();
				statefulSet.getSpec()
					.getVolumeClaimTemplates()
					.forEach((claim) -> claims.add(claim.getMetadata().getName()));
				workloads.add(new Workload(manifest, statefulSet.getSpec().getTemplate(), claims));
			}
			else if (manifest.object() instanceof Job job) {
				workloads.add(new Workload(manifest, job.getSpec().getTemplate(), Set.of()));
			}
		}
		return workloads;
	}

	private void run() {
		checkUniqueNames();
		checkNoUnknownFields();
		List<Workload> workloads = workloads(this.manifests);
		for (Workload workload : workloads) {
			checkWorkload(workload);
		}
		for (Manifest manifest : this.manifests) {
			if (manifest.object() instanceof Service service) {
				checkService(manifest, service, workloads);
			}
			else if (manifest.object() instanceof Deployment deployment) {
				checkSelectorMatchesTemplate(manifest, deployment.getSpec().getSelector(),
						deployment.getSpec().getTemplate());
			}
			else if (manifest.object() instanceof StatefulSet statefulSet) {
				checkSelectorMatchesTemplate(manifest, statefulSet.getSpec().getSelector(),
						statefulSet.getSpec().getTemplate());
				checkGoverningService(manifest, statefulSet);
			}
			else if (manifest.object() instanceof HorizontalPodAutoscaler hpa) {
				checkAutoscaler(manifest, hpa);
			}
			else if (manifest.object() instanceof PodDisruptionBudget pdb) {
				if (workloads.stream()
					.noneMatch((w) -> LabelSelectors.matches(pdb.getSpec().getSelector(), w.podLabels()))) {
					problem(manifest, "selector matches no pod template");
				}
			}
			else if (manifest.object() instanceof NetworkPolicy policy) {
				checkNetworkPolicy(manifest, policy, workloads);
			}
			else if (manifest.object() instanceof Ingress ingress) {
				checkIngress(manifest, ingress);
			}
		}
	}

	private void checkUniqueNames() {
		Set<String> seen = new HashSet<>();
		for (Manifest manifest : this.manifests) {
			if (!seen.add(manifest.kind() + "/" + manifest.name())) {
				problem(manifest, "defined twice");
			}
		}
	}

	private void checkWorkload(Workload workload) {
		Manifest owner = workload.owner();
		PodSpec pod = workload.pod();
		Set<String> volumes = new HashSet<>(workload.claimTemplates());
		for (Volume volume : pod.getVolumes()) {
			volumes.add(volume.getName());
			checkVolumeSource(owner, volume);
		}
		boolean podNonRoot = pod.getSecurityContext() != null
				&& Boolean.TRUE.equals(pod.getSecurityContext().getRunAsNonRoot());
		if (pod.getServiceAccountName() != null && find("ServiceAccount", pod.getServiceAccountName()).isEmpty()) {
			problem(owner, "serviceAccountName " + pod.getServiceAccountName() + " is not defined");
		}
		workload.allContainers().forEach((container) -> {
			String where = "container " + container.getName() + ": ";
			for (VolumeMount mount : container.getVolumeMounts()) {
				if (!volumes.contains(mount.getName())) {
					problem(owner, where + "volumeMount " + mount.getName() + " names no volume of the pod");
				}
			}
			for (EnvFromSource source : container.getEnvFrom()) {
				if (source.getConfigMapRef() != null && !isOptional(source.getConfigMapRef().getOptional())) {
					requireConfigMap(owner, where, source.getConfigMapRef().getName(), null);
				}
				if (source.getSecretRef() != null && !isOptional(source.getSecretRef().getOptional())
						&& !this.secrets.exists(source.getSecretRef().getName())) {
					problem(owner, where + "secretRef " + source.getSecretRef().getName() + " is not a known Secret");
				}
			}
			for (EnvVar env : container.getEnv()) {
				if (env.getValueFrom() == null) {
					continue;
				}
				var secretKey = env.getValueFrom().getSecretKeyRef();
				if (secretKey != null && !isOptional(secretKey.getOptional())
						&& !this.secrets.hasKey(secretKey.getName(), secretKey.getKey())) {
					problem(owner, where + "env " + env.getName() + ": secretKeyRef " + secretKey.getName() + "/"
							+ secretKey.getKey() + " is not a known Secret key");
				}
				var configKey = env.getValueFrom().getConfigMapKeyRef();
				if (configKey != null && !isOptional(configKey.getOptional())) {
					requireConfigMap(owner, where, configKey.getName(), configKey.getKey());
				}
			}
			checkProbe(owner, container, "startupProbe", container.getStartupProbe());
			checkProbe(owner, container, "livenessProbe", container.getLivenessProbe());
			checkProbe(owner, container, "readinessProbe", container.getReadinessProbe());
			boolean containerNonRoot = container.getSecurityContext() != null
					&& Boolean.TRUE.equals(container.getSecurityContext().getRunAsNonRoot());
			if (!podNonRoot && !containerNonRoot) {
				problem(owner, where + "may run as root (set runAsNonRoot)");
			}
			if (container.getResources() == null || container.getResources().getRequests() == null
					|| container.getResources().getRequests().get("memory") == null
					|| container.getResources().getLimits() == null
					|| container.getResources().getLimits().get("memory") == null) {
				if (pod.getContainers().contains(container)) {
					problem(owner, where + "has no memory request and limit");
				}
			}
		});
		if (owner.object() instanceof Deployment) {
			for (Container container : pod.getContainers()) {
				if (container.getLivenessProbe() == null || container.getReadinessProbe() == null) {
					problem(owner, "container " + container.getName() + ": needs liveness and readiness probes");
				}
			}
		}
	}

	private void checkVolumeSource(Manifest owner, Volume volume) {
		String where = "volume " + volume.getName() + ": ";
		if (volume.getConfigMap() != null && !isOptional(volume.getConfigMap().getOptional())) {
			requireConfigMap(owner, where, volume.getConfigMap().getName(), null);
			for (KeyToPath item : volume.getConfigMap().getItems()) {
				requireConfigMap(owner, where, volume.getConfigMap().getName(), item.getKey());
			}
		}
		if (volume.getSecret() != null && !isOptional(volume.getSecret().getOptional())) {
			String name = volume.getSecret().getSecretName();
			if (!this.secrets.exists(name)) {
				problem(owner, where + "Secret " + name + " is not a known Secret");
			}
			for (KeyToPath item : volume.getSecret().getItems()) {
				if (!this.secrets.hasKey(name, item.getKey())) {
					problem(owner, where + "Secret " + name + " has no key " + item.getKey());
				}
			}
		}
		if (volume.getPersistentVolumeClaim() != null
				&& find("PersistentVolumeClaim", volume.getPersistentVolumeClaim().getClaimName()).isEmpty()) {
			problem(owner, where + "PersistentVolumeClaim " + volume.getPersistentVolumeClaim().getClaimName()
					+ " is not defined");
		}
	}

	private void requireConfigMap(Manifest owner, String where, String name, String key) {
		Optional<Manifest> configMap = find("ConfigMap", name);
		if (configMap.isEmpty()) {
			problem(owner, where + "ConfigMap " + name + " is not defined");
		}
		else if (key != null) {
			Map<String, String> data = ((ConfigMap) configMap.get().object()).getData();
			if (data == null || !data.containsKey(key)) {
				problem(owner, where + "ConfigMap " + name + " has no key " + key);
			}
		}
	}

	private void checkProbe(Manifest owner, Container container, String kind, Probe probe) {
		if (probe == null) {
			return;
		}
		IntOrString port = null;
		if (probe.getHttpGet() != null) {
			port = probe.getHttpGet().getPort();
		}
		else if (probe.getTcpSocket() != null) {
			port = probe.getTcpSocket().getPort();
		}
		else if (probe.getGrpc() != null) {
			port = new IntOrString(probe.getGrpc().getPort());
		}
		if (port != null && !opensPort(container, port)) {
			problem(owner, "container " + container.getName() + ": " + kind + " port " + portText(port)
					+ " is not a port of the container");
		}
	}

	private static boolean opensPort(Container container, IntOrString port) {
		for (ContainerPort open : container.getPorts()) {
			if (port.getStrVal() != null ? port.getStrVal().equals(open.getName())
					: port.getIntVal().equals(open.getContainerPort())) {
				return true;
			}
		}
		return false;
	}

	private static String portText(IntOrString port) {
		return (port.getStrVal() != null) ? port.getStrVal() : String.valueOf(port.getIntVal());
	}

	private void checkService(Manifest manifest, Service service, List<Workload> workloads) {
		Map<String, String> selector = service.getSpec().getSelector();
		if (selector == null || selector.isEmpty()) {
			problem(manifest, "has no selector");
			return;
		}
		List<Workload> selected = workloads.stream()
			.filter((w) -> !(w.owner().object() instanceof Job))
			.filter((w) -> LabelSelectors.matches(selector, w.podLabels()))
			.toList();
		if (selected.isEmpty()) {
			problem(manifest, "selector " + selector + " matches no Deployment or StatefulSet pods");
			return;
		}
		for (ServicePort port : service.getSpec().getPorts()) {
			IntOrString target = (port.getTargetPort() != null) ? port.getTargetPort()
					: new IntOrString(port.getPort());
			for (Workload workload : selected) {
				if (workload.pod().getContainers().stream().noneMatch((c) -> opensPort(c, target))) {
					problem(manifest, "targetPort " + portText(target) + " is not opened by " + workload.owner());
				}
			}
		}
	}

	private void checkSelectorMatchesTemplate(Manifest manifest, io.fabric8.kubernetes.api.model.LabelSelector selector,
			PodTemplateSpec template) {
		if (LabelSelectors.isEmpty(selector) || !LabelSelectors.matches(selector, template.getMetadata().getLabels())) {
			problem(manifest, "selector does not match its own pod template");
		}
	}

	private void checkGoverningService(Manifest manifest, StatefulSet statefulSet) {
		Optional<Manifest> service = find("Service", statefulSet.getSpec().getServiceName());
		if (service.isEmpty()) {
			problem(manifest, "serviceName " + statefulSet.getSpec().getServiceName() + " is not defined");
		}
		else if (!"None".equals(((Service) service.get().object()).getSpec().getClusterIP())) {
			problem(manifest, "serviceName " + statefulSet.getSpec().getServiceName() + " is not headless");
		}
	}

	private void checkAutoscaler(Manifest manifest, HorizontalPodAutoscaler hpa) {
		var target = hpa.getSpec().getScaleTargetRef();
		if (find(target.getKind(), target.getName()).isEmpty()) {
			problem(manifest, "scaleTargetRef " + target.getKind() + "/" + target.getName() + " is not defined");
		}
		if (hpa.getSpec().getMinReplicas() == null || hpa.getSpec().getMinReplicas() > hpa.getSpec().getMaxReplicas()) {
			problem(manifest, "minReplicas must be set and not above maxReplicas");
		}
	}

	private void checkNetworkPolicy(Manifest manifest, NetworkPolicy policy, List<Workload> workloads) {
		var podSelector = policy.getSpec().getPodSelector();
		List<Workload> selected = workloads.stream()
			.filter((w) -> LabelSelectors.isEmpty(podSelector) || LabelSelectors.matches(podSelector, w.podLabels()))
			.toList();
		if (selected.isEmpty()) {
			problem(manifest, "podSelector matches no pod template");
		}
		for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
			for (NetworkPolicyPeer peer : rule.getFrom()) {
				if (peer.getNamespaceSelector() == null && peer.getIpBlock() == null && workloads.stream()
					.noneMatch((w) -> LabelSelectors.matches(peer.getPodSelector(), w.podLabels()))) {
					problem(manifest, "from podSelector matches no pod template");
				}
			}
			for (NetworkPolicyPort port : rule.getPorts()) {
				if (port.getPort() != null && selected.stream()
					.flatMap((w) -> w.pod().getContainers().stream())
					.noneMatch((c) -> opensPort(c, port.getPort()))) {
					problem(manifest, "port " + portText(port.getPort()) + " is opened by none of the selected pods");
				}
			}
		}
	}

	private void checkIngress(Manifest manifest, Ingress ingress) {
		List<IngressBackend> backends = new ArrayList<>();
		if (ingress.getSpec().getDefaultBackend() != null) {
			backends.add(ingress.getSpec().getDefaultBackend());
		}
		ingress.getSpec()
			.getRules()
			.forEach((rule) -> rule.getHttp().getPaths().forEach((path) -> backends.add(path.getBackend())));
		for (IngressBackend backend : backends) {
			String name = backend.getService().getName();
			Optional<Manifest> service = find("Service", name);
			if (service.isEmpty()) {
				problem(manifest, "backend Service " + name + " is not defined");
				continue;
			}
			var port = backend.getService().getPort();
			boolean exists = ((Service) service.get().object()).getSpec()
				.getPorts()
				.stream()
				.anyMatch((p) -> (port.getName() != null) ? port.getName().equals(p.getName())
						: port.getNumber().equals(p.getPort()));
			if (!exists) {
				problem(manifest, "backend Service " + name + " has no such port");
			}
		}
		for (var tls : ingress.getSpec().getTls()) {
			if (!this.secrets.exists(tls.getSecretName())) {
				problem(manifest, "TLS Secret " + tls.getSecretName() + " is not a known Secret");
			}
		}
	}

	/**
	 * fabric8 keeps a field it does not know in {@code additionalProperties} instead of
	 * failing: a typo such as {@code readinesProbe} would pass silently. Walk the typed
	 * object and report any such field.
	 */
	private void checkNoUnknownFields() {
		for (Manifest manifest : this.manifests) {
			if (!(manifest.object() instanceof GenericKubernetesResource)) {
				List<String> unknown = new ArrayList<>();
				collectUnknown(manifest.object(), manifest.kind(), unknown, new IdentityHashMap<>());
				unknown.forEach((path) -> problem(manifest, "unknown field " + path));
			}
		}
	}

	private static void collectUnknown(Object node, String path, List<String> unknown,
			IdentityHashMap<Object, Boolean> seen) {
		if (node == null || seen.put(node, Boolean.TRUE) != null) {
			return;
		}
		if (node instanceof Collection<?> collection) {
			int i = 0;
			for (Object item : collection) {
				collectUnknown(item, path + "[" + i++ + "]", unknown, seen);
			}
			return;
		}
		if (node instanceof Map<?, ?> map) {
			map.forEach((key, value) -> collectUnknown(value, path + "." + key, unknown, seen));
			return;
		}
		if (!node.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
			return;
		}
		for (Method method : node.getClass().getMethods()) {
			if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())
					|| !method.getName().startsWith("get") || method.getName().equals("getClass")) {
				continue;
			}
			try {
				Object value = method.invoke(node);
				if (method.getName().equals("getAdditionalProperties")) {
					if (value instanceof Map<?, ?> extra) {
						extra.keySet().forEach((key) -> unknown.add(path + "." + key));
					}
				}
				else {
					collectUnknown(value, path + "." + fieldName(method), unknown, seen);
				}
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

	private static String fieldName(Method getter) {
		String name = getter.getName().substring(3);
		return Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

	private Optional<Manifest> find(String kind, String name) {
		return this.manifests.stream().filter((m) -> m.is(kind, name)).findFirst();
	}

	private static boolean isOptional(Boolean optional) {
		return Boolean.TRUE.equals(optional);
	}

	private void problem(Manifest manifest, String text) {
		this.problems.add(manifest + ": " + text);
	}

}
