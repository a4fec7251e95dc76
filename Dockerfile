# OneGrid's image: built with the project's Maven wrapper, run on a Java 17 runtime as an unprivileged user.
# Without ONEGRID_DB_URL it keeps an embedded PostgreSQL in the /var/lib/onegrid volume; with it, nothing local.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package && cp target/onegrid-*-exec.jar /build/onegrid.jar

FROM eclipse-temurin:17-jre
RUN groupadd --system onegrid && useradd --system --gid onegrid --home-dir /var/lib/onegrid onegrid \
    && mkdir -p /opt/onegrid /var/lib/onegrid/data/attachments && chown -R onegrid:onegrid /var/lib/onegrid
COPY --from=build /build/onegrid.jar /opt/onegrid/onegrid.jar
USER onegrid
WORKDIR /var/lib/onegrid
VOLUME /var/lib/onegrid
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-jar", "/opt/onegrid/onegrid.jar"]
