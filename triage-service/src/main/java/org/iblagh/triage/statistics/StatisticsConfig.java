package org.iblagh.triage.statistics;

import java.time.Clock;

import org.iblagh.triage.statistics.domain.RegionTable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class StatisticsConfig implements WebMvcConfigurer {

	@Bean
	RegionTable regionTable() {
		return RegionTable.load();
	}

	@Bean
	FunnelStatistics funnelStatistics(MongoTemplate mongo, RegionTable regions, StatisticsProperties properties,
			Clock clock) {
		return new FunnelStatistics(new FunnelSource(mongo, regions), properties, clock);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PublicPageLanguage()).addPathPatterns("/statistics");
	}

}
