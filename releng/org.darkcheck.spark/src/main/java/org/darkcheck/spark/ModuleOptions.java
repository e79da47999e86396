package org.darkcheck.spark;

/**
 * Prints Spark's own JVM options for a driver (the module opens and flags that
 * spark-submit gives the JVMs it starts), one line, for ./darkcheck and
 * releng/scripts/spark-*.sh. Run with spark-launcher on the class path.
 */
public final class ModuleOptions {

    private ModuleOptions() {
    }

    public static void main(String[] args) {
        System.out.println(String.join(" ", org.apache.spark.launcher.JavaModuleOptions.defaultModuleOptionArray()));
    }
}
